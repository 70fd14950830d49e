import { TextLink } from "@/components/ui/text-link";
import { getI18n } from "@/lib/i18n/server";

export default async function HospitalNotFound() {
  const { t, rich } = await getI18n();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("hospital.notFound.title")}</h1>
      <p className="text-slate-700">{t("hospital.notFound.body")}</p>
      <p>{rich("hospital.notFound.search", { link: (c) => <TextLink href="/search">{c}</TextLink> })}</p>
    </div>
  );
}
