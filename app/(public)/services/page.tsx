import type { Metadata } from "next";
import { TextLink } from "@/components/ui/text-link";
import { getI18n } from "@/lib/i18n/server";
import { CATEGORIES, shoppableInCategory } from "@/lib/shoppable";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("services.meta.title"), alternates: { canonical: "/services" } };
}

/** The 70 CMS shoppable services by category: a way in for people who do not know a code. */
export default async function ServicesPage() {
  const { t, locale, list } = await getI18n();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("services.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("services.intro")}</p>
      </div>
      {CATEGORIES.map((category) => (
        <section key={category.id} aria-labelledby={`category-${category.id}`} className="space-y-3">
          <h2 id={`category-${category.id}`} className="text-xl font-semibold text-slate-900">
            {category.name[locale]}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {shoppableInCategory(category.id).map((service) => (
              <li key={service.slug} className="rounded-md border border-slate-300 p-3">
                <TextLink href={`/search?service=${service.slug}`} aria-label={t("services.link", { name: service.name[locale] })} className="font-semibold">
                  {service.name[locale]}
                </TextLink>
                <p className="mt-1 text-sm text-slate-800">{service.description[locale]}</p>
                <p className="mt-1 font-mono text-xs text-slate-700">
                  {t("services.codes", { n: service.codes.length, list: list(service.codes.map((c) => `${c.type} ${c.code}`), "and") })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
