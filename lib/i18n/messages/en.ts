// English interface text: the reference dictionary. Every key here must exist in es.ts (the type
// system enforces it). Keys are namespaced by where the text is used: `common.*`, `site.*`,
// `home.*`, `search.*`, `rates.*`, `hospital.*`, … — add a namespace for a new area of the site.
//
// Syntax (see lib/i18n/translate.ts):
//   {name}            a value given by the caller; numbers are formatted for the locale
//   <tag>…</tag>      a span of text the caller wraps in markup with `rich()` (plain `t()` drops the tags)
//   { one, other }    plural forms, chosen by the count `n` (CLDR categories; `zero` = exactly 0;
//                     `other` is the fallback and is required)

export const en = {
  // ── Shared vocabulary ────────────────────────────────────────────────────────────────────
  "common.siteName": "Hospital Priceline",
  "common.goHome": "Go to the home page",
  "common.notPublished": "Not published",
  "common.none": "None",
  "common.demoData": "Demo data",
  "common.demoDataTitle": "A fictional hospital: its prices are made up for demonstration",

  "price.gross": "Gross charge",
  "price.discountedCash": "Discounted cash price",
  "price.negotiated": "Negotiated rate",
  "price.lowestNegotiated": "Lowest negotiated",
  "price.highestNegotiated": "Highest negotiated",
  "price.percentOfCharges": "{percent} of charges",
  "price.algorithm": "Algorithm:",

  "setting.label": "Setting",
  "setting.inpatient": "Inpatient",
  "setting.outpatient": "Outpatient",
  "setting.both": "Inpatient or outpatient",

  "billingClass.facility": "Facility",
  "billingClass.professional": "Professional",
  "billingClass.both": "Both",

  // CMS's methodology values, shown as the files give them in English.
  "methodology.caseRate": "case rate",
  "methodology.feeSchedule": "fee schedule",
  "methodology.percentOfCharges": "percent of total billed charges",
  "methodology.perDiem": "per diem",
  "methodology.other": "other",

  "fileFormat.csvTall": "CSV (tall)",
  "fileFormat.csvWide": "CSV (wide)",
  "fileFormat.json": "JSON",

  // ── Site frame and error pages ───────────────────────────────────────────────────────────
  "meta.description": "Compare what US hospitals charge, in cash and by insurer, from their published price files.",

  "site.skipToContent": "Skip to content",
  "site.nav.label": "Main",
  "site.nav.search": "Search prices",
  "site.footer.source":
    "Prices come from the machine-readable standard-charge files that US hospitals publish under the federal Hospital Price Transparency rule (45 CFR 180). They are shown as each hospital published them; what you pay depends on your insurance, your care and your provider.",
  "site.footer.demo":
    "Hospitals marked <strong>Demo data</strong> are fictional and their prices are made up, for demonstration only.",

  "error.title": "Something went wrong",
  "error.body":
    "This page could not be loaded, probably because the price database is unavailable. Please try again in a moment.",
  "error.retry": "Try again",

  "notFound.title": "Page not found",
  "notFound.body": "There is no page at this address.",
  "notFound.links": "<home>Go to the home page</home> or <search>search prices</search>.",

  // ── Home page ────────────────────────────────────────────────────────────────────────────
  "home.title": "Compare hospital prices",
  "home.intro":
    "See what hospitals charge for a service — the full price, the discounted cash price and the rates they negotiated with each insurer — straight from the price files hospitals are required to publish.",
  "home.terms.heading": "What the prices mean",
  "home.terms.gross": "The hospital’s list price, before any discount or insurance.",
  "home.terms.discountedCash": "What the hospital charges people who pay in cash.",
  "home.terms.negotiated":
    "What an insurer’s plan agreed to pay; the lowest and highest show the range across insurers.",

  // ── Search ───────────────────────────────────────────────────────────────────────────────
  "search.meta.title": "Search prices",
  "search.title": "Search hospital prices",
  "search.titleQuery": "Prices for “{q}”",

  "search.form.label": "Price search",
  "search.form.field": "Service or billing code",
  "search.form.hint": "For example {code1}, {code2} or “{words}”.",
  "search.form.submit": "Search",

  "search.examples.heading": "Try an example",
  "search.examples.brainMri": "Brain MRI without contrast",
  "search.examples.jointReplacement": "Hip or knee joint replacement",
  "search.examples.kneeReplacement": "Knee replacement",
  "search.examples.colonoscopy": "Colonoscopy",
  "search.examples.words": "Search for “{q}”",

  "search.empty.title": "How to search",
  "search.empty.body":
    "Enter a billing code, such as a CPT or HCPCS code ({cpt}, {hcpcs}), an MS-DRG ({drg}), a revenue code or an NDC — or describe the service in a few words, such as “{words}”.",

  "search.noResults.title": "No prices found for “{q}”",
  "search.noResults.code": "Check the code for typos; codes must match exactly (for example 70551, not 7055).",
  "search.noResults.words": "Use fewer or shorter words: every word must appear in the hospital’s description.",
  "search.noResults.synonyms": "Try another name for the service, such as “{short}” instead of “{long}”.",

  "search.error.title": "Search is temporarily unavailable",
  "search.error.body": "We could not reach the price database. Please try again in a moment.",

  "search.invalid.title": "Please change your search",
  "search.invalid.tooLong": "The search text must be at most {max} characters.",
  "search.invalid.other": "This search cannot be run. Please check the search text and try again.",

  "search.summary.byCode": { one: "{n} service found by billing code", other: "{n} services found by billing code" },
  "search.summary.byCodeAtLeast": {
    one: "At least {n} service found by billing code",
    other: "At least {n} services found by billing code",
  },
  "search.summary.byWords": {
    one: "{n} service found by words in the hospitals’ descriptions",
    other: "{n} services found by words in the hospitals’ descriptions",
  },
  "search.summary.byWordsAtLeast": {
    one: "At least {n} service found by words in the hospitals’ descriptions",
    other: "At least {n} services found by words in the hospitals’ descriptions",
  },
  "search.summary.showing": {
    one: "; showing the {n} listed by the most hospitals.",
    other: "; showing the {n} listed by the most hospitals.",
  },
  "search.summary.end": ".",
  "search.demoNotice.title": "Includes demo data",
  "search.demoNotice.body":
    "Hospitals marked <strong>Demo data</strong> are fictional and their prices are made up. They are here to show how the search works.",
  "search.results.label": "Services",
  "search.results.json": "Developers: <link>these results as JSON</link>.",

  "search.service.hospital": "Hospital",
  "search.service.caption": "Prices for {service} by hospital, in US dollars",
  "search.service.captionWithCode": "Prices for {service} ({code}) by hospital, in US dollars",
  "search.service.cardsLabel": "Prices for {service} by hospital",
  "search.service.listedBy": { one: "Listed by {n} hospital", other: "Listed by {n} hospitals" },
  "search.service.modifiers": "Modifiers: {modifiers}",
  "search.service.truncated": {
    one: "Showing {n} listing; more hospitals list this service.",
    other: "Showing {n} listings; more hospitals list this service.",
  },
  "search.service.ratesHeading": "Rates negotiated with insurers",
  "search.service.noRates": "None of these hospitals published insurer-specific rates for this service.",

  // ── Insurer rates (a hospital's payer/plan rates for one service) ──────────────────────────
  "rates.insurer": "Insurer",
  "rates.plan": "Plan",
  "rates.method": "Method",
  "rates.caption": "Negotiated rates for {service} at {hospital}",
  "rates.summary": { one: "{hospital}: {n} insurer rate", other: "{hospital}: {n} insurer rates" },
  "rates.allPlans": "All plans",
  "rates.notStated": "Not stated",
  "rates.truncated": "This hospital lists more rates than are shown here.",

  // ── Hospital page ────────────────────────────────────────────────────────────────────────
  "hospital.meta.demoTitle": "{name} (demo data)",
  "hospital.demoNotice": "This is a fictional hospital from the demo data set. Its name, locations and prices are made up.",
  "hospital.locations.heading": "Locations",
  "hospital.locations.none": "No locations published.",
  "hospital.identifiers.heading": "License and identifiers",
  "hospital.identifiers.license": "License",
  "hospital.identifiers.npis": "Type 2 NPIs",
  "hospital.file.heading": "Price file",
  "hospital.file.none": "No price file from this hospital has been loaded yet.",
  "hospital.file.lastUpdated": "Last updated by the hospital",
  "hospital.file.cmsVersion": "CMS template version",
  "hospital.file.format": "Format",
  "hospital.file.contents": "Items and rows",
  "hospital.file.items": { one: "{n} item", other: "{n} items" },
  "hospital.file.rows": { one: "{n} row", other: "{n} rows" },
  "hospital.file.source": "Source",
  "hospital.services.heading": "Services and prices",
  "hospital.services.intro": {
    one: "{n} service in the order of the hospital’s file, {size} per page. Select a code to compare it with other hospitals and see each insurer’s rate.",
    other:
      "{n} services in the order of the hospital’s file, {size} per page. Select a code to compare it with other hospitals and see each insurer’s rate.",
  },
  "hospital.services.caption": "Services and prices at {name}, in US dollars",
  "hospital.services.service": "Service",
  "hospital.services.codes": "Codes",
  "hospital.services.compare": "Compare {type} {code} across hospitals",
  "hospital.services.pages": "Services pages",
  "hospital.services.firstPage": "First page",
  "hospital.services.nextPage": "Next page",
  "hospital.services.noMore": "No more services. <link>Back to the first page</link>",
  "hospital.notFound.title": "Hospital not found",
  "hospital.notFound.body": "We have no hospital at this address. It may have been renamed, or the link may be mistyped.",
  "hospital.notFound.search": "<link>Search prices</link> to find hospitals that offer a service.",
} as const;

/** Plural forms of one message: CLDR categories, `zero` for exactly 0, `other` as the fallback. */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** A dictionary: exactly English's keys, each a string or plural forms as in English. */
export type Messages = { readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : PluralMessage };

/** The English dictionary checked against the shape every dictionary has. */
export const enMessages: Messages = en;
