// axe-core on every public page, in both languages, on a desktop and a phone-sized screen:
// no serious or critical violation of WCAG 2.2 A/AA (and axe's best practices).
import { expect, test } from "@playwright/test";
import { seriousViolations } from "./support/axe";

// Demo hospitals (lib/mrf/generator/hospitals.ts) that all list CPT 70551.
const COMPARED = ["pecan-creek-memorial-hospital-tx", "hudson-lantern-hospital-ny", "kettle-creek-community-hospital-oh"];

const PAGES: { name: string; path: string; heading: RegExp }[] = [
  { name: "home", path: "/", heading: /./ },
  { name: "search, no query", path: "/search", heading: /./ },
  { name: "search results for a code", path: "/search?q=70551", heading: /70551/ },
  {
    name: "search results for words near a city, by distance",
    path: "/search?q=knee%20replacement&location=Austin%2C%20TX&radius=100&sort=distance",
    heading: /knee replacement/,
  },
  { name: "search with an insurer", path: "/search?q=70551&payer=Northstar&price=negotiated&sort=price", heading: /70551/ },
  { name: "search without results", path: "/search?q=zzqx%20unobtainium", heading: /unobtainium/ },
  { name: "search with a place that cannot be found", path: "/search?q=70551&location=Springfield", heading: /70551/ },
  { name: "shoppable services", path: "/services", heading: /./ },
  { name: "compare", path: `/compare?service=CPT:70551&h=${COMPARED.join(",")}`, heading: /./ },
  { name: "compare without hospitals", path: "/compare?service=CPT:70551", heading: /./ },
  { name: "hospital", path: `/hospitals/${COMPARED[0]}`, heading: /Pecan Creek/ },
  { name: "not found", path: "/hospitals/no-such-hospital", heading: /./ },
];

const SCREENS = [
  { name: "desktop", viewport: { width: 1280, height: 900 } },
  { name: "phone", viewport: { width: 375, height: 812 } },
];

for (const lang of ["en", "es"] as const) {
  for (const screen of SCREENS) {
    test.describe(`${lang}, ${screen.name}`, () => {
      test.use({ viewport: screen.viewport });
      for (const p of PAGES) {
        test(`${p.name} has no serious or critical axe violations`, async ({ page }) => {
          await page.goto(`${p.path}${p.path.includes("?") ? "&" : "?"}lang=${lang}`);
          await expect(page.locator("html")).toHaveAttribute("lang", lang);
          await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.heading);
          // Disclosures (filters, insurer rates) are checked open too.
          await page.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
          expect(await seriousViolations(page)).toEqual([]);
        });
      }
    });
  }
}
