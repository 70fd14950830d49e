// The operator area's own navigation, under the app bar: one link per section, the current one
// marked for assistive technology (aria-current) and by weight.
import Link from "next/link";
import type { I18n } from "@/lib/i18n/translate";

export type AdminSection = "orgs" | "users" | "runs" | "feedback";

const LINKS: { section: AdminSection; href: string }[] = [
  { section: "orgs", href: "/admin" },
  { section: "users", href: "/admin/users" },
  { section: "runs", href: "/admin/runs" },
  { section: "feedback", href: "/admin/feedback" },
];

export function AdminNav({ current, t }: { current: AdminSection; t: I18n["t"] }) {
  return (
    <nav aria-label={t("admin.nav.label")} className="border-b border-slate-200 pb-3">
      <ul className="flex flex-wrap gap-4 text-sm">
        {LINKS.map(({ section, href }) => (
          <li key={section}>
            <Link href={href} className={`link${section === current ? " font-bold" : ""}`} aria-current={section === current ? "page" : undefined}>
              {t(`admin.nav.${section}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
