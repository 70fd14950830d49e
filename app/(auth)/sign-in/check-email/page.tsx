import type { Metadata } from "next";
import { TextLink } from "@/components/ui/text-link";
import { SIGN_IN_PATH } from "@/lib/auth";
import { MAGIC_LINK_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("auth.checkEmail.title"), robots: { index: false } };
}

export default async function CheckEmailPage() {
  const { t, rich } = await getI18n();
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("auth.checkEmail.title")}</h1>
      <p className="text-slate-700">{t("auth.checkEmail.body")}</p>
      <p className="text-slate-700">{t("auth.checkEmail.expiry", { minutes: Math.round(MAGIC_LINK_MAX_AGE_SECONDS / 60) })}</p>
      <p className="text-slate-700">{rich("auth.checkEmail.retry", { link: (c) => <TextLink href={SIGN_IN_PATH}>{c}</TextLink> })}</p>
    </div>
  );
}
