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
  "search.examples.allServices": "Or choose from the {n} common services hospitals must price",

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
  "search.invalid.location.empty": "Enter a ZIP code or a city and state, like 78701 or Austin, TX.",
  "search.invalid.location.invalid_zip": "A ZIP code has 5 digits, like 78701. Check “{place}”, or enter a city and state.",
  "search.invalid.location.unknown_zip": "We don't know the ZIP code in “{place}”. Check it, or enter a city and state, like Austin, TX.",
  "search.invalid.location.unknown_state": "We don't recognise the state in “{place}”. Use its two-letter code or its name, like TX or Texas.",
  "search.invalid.location.unknown_city": "We couldn't find “{place}”. Check the spelling, or enter a ZIP code.",
  "search.invalid.location.state_only": "“{place}” is a whole state. Add a city (like “Austin, TX”) or enter a ZIP code.",
  "search.invalid.location.ambiguous": "“{place}” could be more than one place. Add the state after a comma.",
  "search.invalid.location.unrecognized": "We don't recognise “{place}” as a place. Enter a ZIP code or a city and state, like 78701 or Austin, TX.",
  "search.invalid.location.suggest": "Did you mean {places}?",

  "search.loading": "Searching hospitals’ prices…",
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
  "search.service.showMore": "Show more hospitals",
  "search.service.seeAll": "See every hospital’s prices for {code}, with insurers’ rates",
  "search.service.narrow": "To see other hospitals, search near a ZIP code or city, or choose a state.",
  "search.summary.moreServices": "Show more services",
  "search.listing.report": "Report a wrong price<sr> at {hospital}</sr>",
  "search.service.ratesHeading": "Rates negotiated with insurers",
  "search.service.noRates": "None of these hospitals published insurer-specific rates for this service.",

  "search.summary.byService": { one: "{n} service found for {name}", other: "{n} services found for {name}" },
  "search.corrections": "No description uses “{word}”; showing results for {used}.",
  "search.titleService": "Prices for {name}",

  // ── Search filters (all optional; a plain GET form) ──────────────────────────────────────
  "search.filters.summary": "Location, insurer and other filters",
  "search.filters.active": { one: "{n} filter on", other: "{n} filters on" },
  "search.filters.location": "Near (ZIP code or city, state)",
  "search.filters.locationHint": "For example 78701 or Austin, TX.",
  "search.filters.radius": "Within",
  "search.filters.radiusMiles": { one: "{n} mile", other: "{n} miles" },
  "search.filters.state": "State",
  "search.filters.anyState": "Any state",
  "search.filters.payer": "Insurer",
  "search.filters.payerHint": "Part of the name is enough, for example Aetna or Blue Cross.",
  "search.filters.plan": "Plan",
  "search.filters.onlyAt": "Only at {hospital}",
  "search.filters.setting": "Setting",
  "search.filters.anySetting": "Any setting",
  "search.filters.price": "Price to compare",
  "search.filters.price.cash": "Cash price",
  "search.filters.price.negotiated": "Insurer rate",
  "search.filters.price.gross": "Gross charge",
  "search.filters.sort": "Order hospitals by",
  "search.filters.sort.relevance": "Hospital name",
  "search.filters.sort.price": "Lowest price first",
  "search.filters.sort.distance": "Nearest first",
  "search.filters.apply": "Apply filters",
  "search.filters.clear": "Clear filters",
  "search.filters.near": "Hospitals within {radius} of {place}",

  // ── One hospital's listing of a service ──────────────────────────────────────────────────
  "search.listing.price.cash": "Cash price",
  "search.listing.price.gross": "Gross charge",
  "search.listing.price.median": "Typical insurer rate (median)",
  "search.listing.price.payer": "{payer} rate",
  "search.listing.price.payerPlan": "{payer} · {plan} rate",
  "search.listing.price.none": "No such price published",
  "search.listing.noPayerRate": "No published rate for “{payer}”",
  "search.listing.spread": "Insurer rates: {min} to {max} (median {median}, {n} insurers)",
  "search.listing.spreadOne": "One insurer rate: {amount}",
  "search.listing.distance": "{miles} away",
  "search.listing.dataDate": "Prices as of {date}",
  "search.listing.source": "source file",
  "search.listing.compare": "Compare {hospital}",
  "search.listing.compareButton": "Compare selected hospitals",
  "search.listing.compareHint": "Tick two to five hospitals to see them side by side.",
  "search.pay.heading": "What you may actually pay",
  "search.pay.body":
    "With insurance, you usually pay part of the insurer rate: your deductible, copay or coinsurance, as your plan sets them. Without insurance, ask for the cash price and a written good-faith estimate before your visit. Doctors’ fees, anesthesia and follow-up care may be billed separately. Prices are what the hospital published and can change.",
  "search.rates.allowed": "Paid in the past year",
  "search.rates.allowedValue": "median {median} (10th–90th percentile {p10}–{p90})",
  "search.rates.allowedCount": "Based on {count} claims",
  "search.rates.percentExplained": "The insurer pays {percent} of the hospital’s charges{estimate}.",
  "search.rates.percentEstimate": ", about {amount} of the {gross} gross charge",
  "search.rates.algorithmExplained": "The rate is set by a formula in the contract rather than a fixed amount.",
  "search.rates.notes": "Notes",

  // ── Compare ──────────────────────────────────────────────────────────────────────────────
  "compare.meta.title": "Compare {service}",
  "compare.title": "Compare {service}",
  "compare.subtitle": { one: "at {n} hospital", other: "at {n} hospitals" },
  "compare.invalid.title": "Choose what to compare",
  "compare.invalid.service": "Choose a service to compare (a billing code such as CPT:70551).",
  "compare.invalid.hospitals": "Choose {min} to {max} hospitals to compare.",
  "compare.back": "Back to the search",
  "compare.unknown": { one: "This hospital was not found: {list}.", other: "These hospitals were not found: {list}." },
  "compare.notListed": "{hospital} does not list this service in its current price file.",
  "compare.chart.title": "Insurer rates at each hospital",
  "compare.chart.noRates": "no insurer rates in dollars",
  "compare.chart.rates": "insurer rates",
  "compare.chart.median": "median",
  "compare.chart.cash": "cash price",
  "compare.chart.describe": {
    zero: "{hospital}: no insurer rates in dollars",
    one: "{hospital}: one insurer rate, {min}",
    other: "{hospital}: {n} insurer rates from {min} to {max}, median {median}",
  },
  "compare.table.caption": "{service}: prices at each hospital, in US dollars",
  "compare.table.hospital": "Hospital",
  "compare.table.rates": "Insurer rates",
  "compare.payerFilter": "Showing each hospital’s rate for “{payer}”.",

  // ── Preview images of shared links ───────────────────────────────────────────────────────
  "og.footer": "Hospital prices, as the hospitals publish them",
  "og.noResults": "No prices found",
  "og.hospitals": { one: "At {n} hospital", other: "At {n} hospitals" },
  "og.cashRange": "Cash prices {min} to {max}",
  "og.rateRange": "Insurer rates {min} to {max}",
  "og.compareLine": "{hospital}: {price}",
  "og.noPrice": "no price published",

  // ── Shoppable services (the CMS list, as a way in) ───────────────────────────────────────
  "services.meta.title": "Common services",
  "services.title": "Common services",
  "services.intro":
    "CMS, the federal agency behind hospital price transparency, names 70 “shoppable” services that patients can plan ahead. Pick one to see what hospitals charge for it.",
  "services.codes": { one: "Code {list}", other: "Codes {list}" },
  "services.link": "Prices for {name}",
  "services.nav": "Common services",

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
  "hospital.file.stale":
    "This file was last updated more than a year ago. CMS requires hospitals to update their price file at least once a year, so some prices may be out of date.",
  "hospital.compliance.heading": "CMS rules check",
  "hospital.compliance.intro":
    "When we loaded this file on {date}, we checked it against the CMS price transparency rules for template version {version}.",
  "hospital.compliance.none": "We have no record of a rules check for this file.",
  "hospital.compliance.clean.title": "No problems found",
  "hospital.compliance.clean.body": "The file follows every CMS rule we check.",
  "hospital.compliance.found.title": "Problems found",
  "hospital.compliance.errors": { one: "{n} error", other: "{n} errors" },
  "hospital.compliance.alerts": { one: "{n} alert", other: "{n} alerts" },
  "hospital.compliance.found.body": "{errors} and {alerts}. Errors break a CMS rule; alerts are things CMS asks hospitals to fix.",
  "hospital.compliance.setAside": {
    one: "{n} row broke a rule and was set aside: its prices are not shown here.",
    other: "{n} rows broke a rule and were set aside: their prices are not shown here.",
  },
  "hospital.compliance.caption": "Problems found in the price file, by CMS rule",
  "hospital.compliance.rule": "Rule",
  "hospital.compliance.kind": "Kind",
  "hospital.compliance.kind.error": "Error",
  "hospital.compliance.kind.alert": "Alert",
  "hospital.compliance.count": "Times found",
  "hospital.compliance.first": "First found at",
  "hospital.compliance.at.rowColumn": "Row {row}, column {column}",
  "hospital.compliance.at.row": "Row {row}",
  "hospital.compliance.more": { one: "…and {n} more rule.", other: "…and {n} more rules." },
  "hospital.compliance.attested": "The hospital attests that the file is true, accurate and complete.",
  "hospital.compliance.attestedBy": "The hospital attests that the file is true, accurate and complete (attested by {name}).",
  "hospital.compliance.notAttested": "The hospital’s file does not attest that it is true, accurate and complete.",
  "hospital.compliance.noAttestation": "The file does not include the hospital’s attestation.",
  "hospital.services.heading": "Services and prices",
  "hospital.services.search": "Look for a service at this hospital:",
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

  // ── Feedback: "Was this helpful?" and "Report a wrong price" (components/feedback, lib/feedback) ──
  "feedback.section.heading": "Help us improve",
  "feedback.helpful.question": "Was this helpful?",
  "feedback.helpful.yes": "Yes",
  "feedback.helpful.no": "Not really",
  "feedback.helpful.comment.label": "Anything else you would like to tell us? (optional)",
  "feedback.helpful.comment.hint": "Please do not include personal or health information. Up to {max} characters.",
  "feedback.helpful.submit": "Send feedback",
  "feedback.helpful.thanks": "Thank you for your feedback.",
  "feedback.report.toggle": "Report a wrong price",
  "feedback.report.intro":
    "Tell us which price at {hospital} looks wrong. We check every report against the hospital’s published price file.",
  "feedback.report.service.label": "Service or billing code",
  "feedback.report.service.hint": "For example, CPT 70551, or the service’s name as shown.",
  "feedback.report.service.fixed": "Service: {service}",
  "feedback.report.shownPrice.label": "Price shown (optional)",
  "feedback.report.shownPrice.hint": "For example, $1,250.00 discounted cash price.",
  "feedback.report.shownPrice.fixed": "Price shown: {price}",
  "feedback.report.message.label": "What is wrong, or what is the right price?",
  "feedback.report.message.hint": "Up to {max} characters. Please do not include health information.",
  "feedback.report.email.label": "Email (optional)",
  "feedback.report.email.hint": "Only if you would like a reply. We use it for nothing else.",
  "feedback.report.submit": "Send report",
  "feedback.report.thanks": "Thank you. We received your report and will check this price.",
  "feedback.form.honeypot": "Leave this field empty",
  "feedback.form.sending": "Sending…",
  "feedback.form.rateLimited": {
    one: "You have sent several messages in a short time. Please try again in {n} minute.",
    other: "You have sent several messages in a short time. Please try again in {n} minutes.",
  },
  "feedback.form.serverError": "We could not send your message right now. Please try again later.",
  "feedback.error.form": "This form could not be sent. Please reload the page and try again.",
  "feedback.error.helpfulRequired": "Choose “Yes” or “Not really”.",
  "feedback.error.tooLong": "Use {max} characters or fewer.",
  "feedback.error.serviceRequired": "Enter the service or its billing code.",
  "feedback.error.messageRequired": "Tell us what is wrong, or what the right price is.",
  "feedback.error.email": "Enter an email address like name@example.com, or leave it empty.",
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
