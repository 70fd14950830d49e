// The code from the authenticator app, asked for once per session after sign-in
// (/sign-in/two-factor?callbackUrl=…): by the proxy for users with two-factor on, and by the
// operator area (lib/admin/guard). Users without two-factor, or whose session has passed it
// already, go straight on.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeField } from "@/components/app/code-field";
import { primaryButtonClass, secondaryButtonClass } from "@/components/app/form-parts";
import { Notice } from "@/components/ui/notice";
import { APP_HOME, currentSession, requireUser, safeCallbackPath } from "@/lib/auth";
import { getI18n } from "@/lib/i18n/server";
import type { TwoFactorFailure } from "@/lib/security/two-factor";
import { signOutAction } from "@/app/(app)/actions";
import { verifyTwoFactorAction } from "./actions";
import { one, type Search } from "@/lib/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("twoFactor.title"), robots: { index: false } };
}

const ERRORS: readonly TwoFactorFailure[] = ["invalid_code", "replayed_code", "rate_limited"];

export default async function TwoFactorPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(one(params.callbackUrl));
  await requireUser(callbackUrl ? `/sign-in/two-factor?${new URLSearchParams({ callbackUrl })}` : "/sign-in/two-factor");
  const session = await currentSession();
  if (!session || !session.totpEnabled || session.secondFactorAt) redirect(callbackUrl ?? APP_HOME);
  const { t } = await getI18n();
  const error = ERRORS.find((e) => e === one(params.error));
  const retry = Number(one(params.retry));
  const errorText =
    error === "rate_limited" && Number.isFinite(retry) && retry > 0
      ? t("twoFactor.error.rateLimitedFor", { minutes: Math.max(1, Math.ceil(retry / 60)), n: Math.max(1, Math.ceil(retry / 60)) })
      : error
        ? t(`twoFactor.error.${error}`)
        : undefined;

  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("twoFactor.title")}</h1>
      {errorText ? (
        <Notice tone="error" title={t("twoFactor.problemTitle")} role="alert">
          <p>
            <a href="#code" className="link">
              {errorText}
            </a>
          </p>
        </Notice>
      ) : null}
      <p className="text-slate-700">{t("twoFactor.intro")}</p>
      <form action={verifyTwoFactorAction} className="space-y-4" noValidate>
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <CodeField id="code" label={t("twoFactor.codeLabel")} hint={t("twoFactor.codeHint")} error={errorText} autoFocus />
        <button type="submit" className={primaryButtonClass}>
          {t("twoFactor.submit")}
        </button>
      </form>
      <section aria-labelledby="two-factor-lost" className="space-y-2">
        <h2 id="two-factor-lost" className="text-lg font-semibold text-slate-900">
          {t("twoFactor.lostTitle")}
        </h2>
        <p className="text-slate-700">{t("twoFactor.lostBody")}</p>
        <form action={signOutAction}>
          <button type="submit" className={secondaryButtonClass}>
            {t("app.bar.signOut")}
          </button>
        </form>
      </section>
    </div>
  );
}
