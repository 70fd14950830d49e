// The services the demo hospitals publish prices for.
//
// Descriptions are written for this project in plain language. They are NOT
// the AMA CPT descriptors (which are copyrighted); MS-DRG titles are paraphrased
// from the public CMS grouper titles. Codes are real CPT / HCPCS / MS-DRG /
// revenue codes so search-by-code works as it would on real files.
//
// NDC numbers are illustrative: they have the right 5-4-2 / 4-4-2 shape but were
// not checked against the FDA NDC directory. Do not use them for anything real.
//
// basePrice is a typical chargemaster (gross) price in dollars for a mid-priced
// hospital; each hospital scales it by its own price index and some noise.

import type { BillingClass, BillingCode, DrugInfo, Setting } from "./types";

export type ServiceKind =
  | "imaging"
  | "lab"
  | "er"
  | "procedure"
  | "surgery"
  | "obstetric"
  | "therapy"
  | "visit"
  | "drg"
  | "room"
  | "drug"
  | "implant"
  | "supply";

export interface CatalogEntry {
  /** Stable identity; seeds the item's random stream so prices don't shift when the catalog grows. */
  key: string;
  description: string;
  codes: BillingCode[];
  /**
   * One standard charge per entry: ["both"] for one price in any setting, or
   * ["outpatient", "inpatient"] when the hospital prices the settings differently.
   */
  settings: Setting[];
  kind: ServiceKind;
  basePrice: number;
  drug?: DrugInfo;
  /** Offered by every hospital (unless the hospital excludes it). */
  core?: boolean;
  /** Chance that a non-core entry is offered by a given hospital (default 0.85). */
  availability?: number;
  billingClass?: BillingClass;
  /** Generic note printed with the item (e.g. what the price covers). */
  notes?: string;
}

const cpt = (code: string): BillingCode => ({ code, type: "CPT" });
const hcpcs = (code: string): BillingCode => ({ code, type: "HCPCS" });
const rc = (code: string): BillingCode => ({ code, type: "RC" });
const drg = (code: string): BillingCode => ({ code, type: "MS-DRG" });
const ndc = (code: string): BillingCode => ({ code, type: "NDC" });

const FACILITY_ONLY = "Facility charge only; the physician's fee is billed separately.";

export const CATALOG: readonly CatalogEntry[] = [
  // --- Imaging -------------------------------------------------------------
  { key: "CPT:70551", description: "MRI of the brain, without contrast dye", codes: [cpt("70551"), rc("0611")], settings: ["outpatient"], kind: "imaging", basePrice: 3200, core: true, notes: FACILITY_ONLY },
  { key: "CPT:70553", description: "MRI of the brain, scanned before and after contrast dye", codes: [cpt("70553"), rc("0611")], settings: ["outpatient"], kind: "imaging", basePrice: 4800 },
  { key: "CPT:73721", description: "MRI of the knee (or other leg joint), without contrast dye", codes: [cpt("73721"), rc("0614")], settings: ["outpatient"], kind: "imaging", basePrice: 2900, core: true },
  { key: "CPT:72148", description: "MRI of the lower back (lumbar spine), without contrast dye", codes: [cpt("72148"), rc("0612")], settings: ["outpatient"], kind: "imaging", basePrice: 3000 },
  { key: "CPT:74177", description: "CT scan of the belly and pelvis with contrast dye", codes: [cpt("74177"), rc("0352")], settings: ["outpatient"], kind: "imaging", basePrice: 4200, core: true },
  { key: "CPT:70450", description: "CT scan of the head, without contrast dye", codes: [cpt("70450"), rc("0351")], settings: ["outpatient"], kind: "imaging", basePrice: 1900 },
  { key: "CPT:71046", description: "Chest X-ray, two views", codes: [cpt("71046"), rc("0324")], settings: ["outpatient"], kind: "imaging", basePrice: 420, core: true },
  { key: "CPT:76700", description: "Ultrasound of the whole abdomen", codes: [cpt("76700"), rc("0402")], settings: ["outpatient"], kind: "imaging", basePrice: 950 },
  { key: "CPT:77067", description: "Screening mammogram of both breasts, including computer-aided review", codes: [cpt("77067"), rc("0403")], settings: ["outpatient"], kind: "imaging", basePrice: 480 },
  { key: "CPT:93306", description: "Heart ultrasound (echocardiogram), complete study with Doppler", codes: [cpt("93306"), rc("0483")], settings: ["outpatient"], kind: "imaging", basePrice: 2600 },

  // --- Laboratory (priced separately for inpatients and outpatients) --------
  { key: "CPT:80053", description: "Comprehensive metabolic panel (blood chemistry group of 14 tests)", codes: [cpt("80053"), rc("0301")], settings: ["outpatient", "inpatient"], kind: "lab", basePrice: 210, core: true },
  { key: "CPT:80048", description: "Basic metabolic panel (blood chemistry group of 8 tests)", codes: [cpt("80048"), rc("0301")], settings: ["outpatient", "inpatient"], kind: "lab", basePrice: 150 },
  { key: "CPT:85025", description: "Complete blood count (CBC) with automated white cell differential", codes: [cpt("85025"), rc("0305")], settings: ["outpatient", "inpatient"], kind: "lab", basePrice: 95, core: true },
  { key: "CPT:80061", description: "Cholesterol and triglyceride blood panel", codes: [cpt("80061"), rc("0301")], settings: ["outpatient"], kind: "lab", basePrice: 180 },
  { key: "CPT:84443", description: "Thyroid stimulating hormone (TSH) blood level", codes: [cpt("84443"), rc("0301")], settings: ["outpatient"], kind: "lab", basePrice: 140 },
  { key: "CPT:83036", description: "Hemoglobin A1c (average blood sugar) test", codes: [cpt("83036"), rc("0301")], settings: ["outpatient"], kind: "lab", basePrice: 110 },
  { key: "CPT:81001", description: "Urine test with microscope exam, automated", codes: [cpt("81001"), rc("0307")], settings: ["both"], kind: "lab", basePrice: 60 },
  { key: "CPT:87635", description: "COVID-19 virus detection, lab amplified-probe test", codes: [cpt("87635"), rc("0306")], settings: ["both"], kind: "lab", basePrice: 230 },
  { key: "CPT:36415", description: "Drawing blood from a vein for lab tests", codes: [cpt("36415"), rc("0300")], settings: ["both"], kind: "lab", basePrice: 35 },

  // --- Heart and diagnostics -----------------------------------------------
  { key: "CPT:93000", description: "Electrocardiogram (ECG), 12 leads, with tracing and physician reading", codes: [cpt("93000"), rc("0730")], settings: ["both"], kind: "procedure", basePrice: 240, core: true },

  // --- Emergency department --------------------------------------------------
  { key: "CPT:99283", description: "Emergency room visit, moderate severity (level 3)", codes: [cpt("99283"), rc("0450")], settings: ["outpatient"], kind: "er", basePrice: 1900, core: true },
  { key: "CPT:99284", description: "Emergency room visit, high severity without immediate threat to life (level 4)", codes: [cpt("99284"), rc("0450")], settings: ["outpatient"], kind: "er", basePrice: 3100, core: true },
  { key: "CPT:99285", description: "Emergency room visit, highest severity (level 5)", codes: [cpt("99285"), rc("0450")], settings: ["outpatient"], kind: "er", basePrice: 4700 },

  // --- Scopes, outpatient surgery and procedures ------------------------------
  { key: "CPT:45378", description: "Colonoscopy to look at the large bowel (diagnostic)", codes: [cpt("45378"), rc("0750")], settings: ["outpatient"], kind: "procedure", basePrice: 4200, core: true },
  { key: "CPT:45380", description: "Colonoscopy with one or more tissue samples (biopsy)", codes: [cpt("45380"), rc("0750")], settings: ["outpatient"], kind: "procedure", basePrice: 4900 },
  { key: "HCPCS:G0121", description: "Screening colonoscopy for a patient at average risk of colon cancer", codes: [hcpcs("G0121"), rc("0750")], settings: ["outpatient"], kind: "procedure", basePrice: 4000, core: true },
  { key: "CPT:43239", description: "Upper GI endoscopy (scope of esophagus, stomach and duodenum) with biopsy", codes: [cpt("43239"), rc("0750")], settings: ["outpatient"], kind: "procedure", basePrice: 4300, core: true },
  { key: "CPT:29881", description: "Knee arthroscopy with trimming of torn cartilage (meniscus)", codes: [cpt("29881"), rc("0360")], settings: ["outpatient"], kind: "surgery", basePrice: 12500, core: true },
  { key: "CPT:27447", description: "Total knee replacement surgery", codes: [cpt("27447"), rc("0360")], settings: ["outpatient", "inpatient"], kind: "surgery", basePrice: 48000 },
  { key: "CPT:66984", description: "Cataract surgery with artificial lens implant", codes: [cpt("66984"), rc("0360")], settings: ["outpatient"], kind: "surgery", basePrice: 9800, core: true },
  { key: "CPT:47562", description: "Gallbladder removal through small incisions (laparoscopic)", codes: [cpt("47562"), rc("0360")], settings: ["outpatient"], kind: "surgery", basePrice: 18500 },
  { key: "CPT:49505", description: "Groin (inguinal) hernia repair, open surgery", codes: [cpt("49505"), rc("0360")], settings: ["outpatient"], kind: "surgery", basePrice: 11000 },
  { key: "CPT:64483", description: "Steroid injection near a lower-back spinal nerve, with imaging guidance", codes: [cpt("64483"), rc("0360")], settings: ["outpatient"], kind: "procedure", basePrice: 3600 },
  { key: "CPT:20610", description: "Injection into or fluid drainage from a large joint such as knee or shoulder", codes: [cpt("20610"), rc("0510")], settings: ["outpatient"], kind: "procedure", basePrice: 650 },
  { key: "CPT:12001", description: "Stitching a small surface wound (up to 2.5 cm)", codes: [cpt("12001"), rc("0450")], settings: ["outpatient"], kind: "procedure", basePrice: 720 },
  { key: "CPT:10060", description: "Cutting open and draining a skin abscess, simple", codes: [cpt("10060"), rc("0510")], settings: ["outpatient"], kind: "procedure", basePrice: 850 },
  { key: "CPT:96372", description: "Medication shot into a muscle or under the skin", codes: [cpt("96372"), rc("0260")], settings: ["both"], kind: "procedure", basePrice: 140 },
  { key: "CPT:96365", description: "IV infusion of medication, first hour", codes: [cpt("96365"), rc("0260")], settings: ["outpatient"], kind: "procedure", basePrice: 520 },
  { key: "HCPCS:G0378", description: "Hospital observation stay, per hour", codes: [hcpcs("G0378"), rc("0762")], settings: ["outpatient"], kind: "room", basePrice: 210 },

  // --- Childbirth (global obstetric packages) ---------------------------------
  { key: "CPT:59400", description: "Vaginal delivery, including routine prenatal and after-birth care", codes: [cpt("59400"), rc("0720")], settings: ["inpatient"], kind: "obstetric", basePrice: 14000, availability: 0.9 },
  { key: "CPT:59510", description: "Cesarean delivery, including routine prenatal and after-birth care", codes: [cpt("59510"), rc("0720")], settings: ["inpatient"], kind: "obstetric", basePrice: 22000, availability: 0.9 },

  // --- Therapy and visits ------------------------------------------------------
  { key: "CPT:97110", description: "Physical therapy exercises for strength and motion, each 15 minutes", codes: [cpt("97110"), rc("0420")], settings: ["outpatient"], kind: "therapy", basePrice: 190, core: true },
  { key: "CPT:97161", description: "Physical therapy evaluation, low complexity", codes: [cpt("97161"), rc("0424")], settings: ["outpatient"], kind: "therapy", basePrice: 380 },
  { key: "CPT:97530", description: "Hands-on functional therapy activities, each 15 minutes", codes: [cpt("97530"), rc("0420")], settings: ["outpatient"], kind: "therapy", basePrice: 210 },
  { key: "CPT:90837", description: "Individual psychotherapy session, about 60 minutes", codes: [cpt("90837"), rc("0900")], settings: ["outpatient"], kind: "therapy", basePrice: 320 },
  { key: "CPT:99203", description: "Clinic visit for a new patient, low complexity", codes: [cpt("99203"), rc("0510")], settings: ["outpatient"], kind: "visit", basePrice: 390, billingClass: "professional" },
  { key: "CPT:99213", description: "Clinic visit for a returning patient, low complexity", codes: [cpt("99213"), rc("0510")], settings: ["outpatient"], kind: "visit", basePrice: 260, billingClass: "professional" },

  // --- Room and board, operating room time (revenue code only) --------------
  { key: "RC:0120", description: "Semi-private room and board, medical/surgical unit, per day", codes: [rc("0120")], settings: ["inpatient"], kind: "room", basePrice: 3400, core: true, notes: "Daily room rate; meals and routine nursing are included." },
  { key: "RC:0110", description: "Private room and board, per day", codes: [rc("0110")], settings: ["inpatient"], kind: "room", basePrice: 3900 },
  { key: "RC:0200", description: "Intensive care unit (ICU) bed, per day", codes: [rc("0200")], settings: ["inpatient"], kind: "room", basePrice: 9800, core: true },
  { key: "RC:0170", description: "Newborn nursery care, per day", codes: [rc("0170")], settings: ["inpatient"], kind: "room", basePrice: 2100, availability: 0.9 },
  { key: "RC:0360", description: "Operating room time, first 30 minutes", codes: [rc("0360")], settings: ["both"], kind: "procedure", basePrice: 3800 },
  { key: "RC:0710", description: "Recovery room after surgery, first hour", codes: [rc("0710")], settings: ["both"], kind: "procedure", basePrice: 1500 },

  // --- Devices ------------------------------------------------------------------
  { key: "HCPCS:C1776", description: "Joint replacement device (implant), outpatient", codes: [hcpcs("C1776"), rc("0278")], settings: ["outpatient"], kind: "implant", basePrice: 9500 },
  { key: "HCPCS:C1785", description: "Pacemaker, dual chamber, rate-responsive (implant)", codes: [hcpcs("C1785"), rc("0278")], settings: ["outpatient"], kind: "implant", basePrice: 21000, availability: 0.7 },
  { key: "HCPCS:Q9967", description: "Low-osmolar contrast dye for imaging, per mL", codes: [hcpcs("Q9967"), rc("0636")], settings: ["both"], kind: "supply", basePrice: 6.5 },

  // --- Drugs (HCPCS J-code and/or NDC, with drug unit and type) --------------
  { key: "NDC:ondansetron", description: "Ondansetron (anti-nausea) injection, 2 mg per mL, 2 mL vial", codes: [rc("0636"), hcpcs("J2405"), ndc("55150-0126-02")], drug: { unit: 2, type: "ML" }, settings: ["both"], kind: "drug", basePrice: 45, core: true },
  { key: "NDC:saline", description: "Sodium chloride 0.9% IV fluid, 1,000 mL bag", codes: [rc("0258"), hcpcs("J7030"), ndc("0338-0049-04")], drug: { unit: 1000, type: "ML" }, settings: ["both"], kind: "drug", basePrice: 95, core: true },
  { key: "NDC:ketorolac", description: "Ketorolac (pain reliever) injection, 30 mg per mL, 1 mL vial", codes: [rc("0636"), hcpcs("J1885"), ndc("63323-0162-01")], drug: { unit: 1, type: "ML" }, settings: ["both"], kind: "drug", basePrice: 60 },
  { key: "NDC:ceftriaxone", description: "Ceftriaxone (antibiotic) for injection, 1 gram vial", codes: [rc("0636"), hcpcs("J0696"), ndc("60505-0751-04")], drug: { unit: 1, type: "GR" }, settings: ["both"], kind: "drug", basePrice: 120 },
  { key: "NDC:dexamethasone", description: "Dexamethasone (steroid) injection, 4 mg dose", codes: [rc("0636"), hcpcs("J1100"), ndc("63323-0165-01")], drug: { unit: 4, type: "ME" }, settings: ["both"], kind: "drug", basePrice: 28 },
  { key: "NDC:insulin", description: "Regular human insulin, 100 units per mL, priced per 100 units", codes: [rc("0250"), ndc("0002-8215-01")], drug: { unit: 100, type: "F2" }, settings: ["both"], kind: "drug", basePrice: 85 },
  { key: "NDC:amoxicillin", description: "Amoxicillin 500 mg capsule", codes: [rc("0250"), ndc("65862-0017-01")], drug: { unit: 1, type: "EA" }, settings: ["both"], kind: "drug", basePrice: 6.5 },
  { key: "NDC:enoxaparin", description: "Enoxaparin (blood thinner) 40 mg prefilled syringe", codes: [rc("0636"), hcpcs("J1650"), ndc("0955-1016-10")], drug: { unit: 1, type: "UN" }, settings: ["both"], kind: "drug", basePrice: 110 },
  { key: "NDC:sulfadiazine", description: "Silver sulfadiazine 1% burn cream, 50 gram jar", codes: [rc("0250"), ndc("67877-0124-50")], drug: { unit: 50, type: "GM" }, settings: ["both"], kind: "drug", basePrice: 75 },
  { key: "NDC:heparin-flush", description: "Heparin lock flush, 100 units per mL, 5 mL syringe", codes: [rc("0250"), ndc("8290-3069-18")], drug: { unit: 5, type: "ML" }, settings: ["both"], kind: "drug", basePrice: 18 },

  // --- Inpatient stays by MS-DRG -------------------------------------------------
  { key: "MS-DRG:470", description: "Major hip and knee joint replacement or reattachment of lower extremity without MCC", codes: [drg("470")], settings: ["inpatient"], kind: "drg", basePrice: 78000, core: true },
  { key: "MS-DRG:469", description: "Major hip and knee joint replacement or reattachment of lower extremity with MCC", codes: [drg("469")], settings: ["inpatient"], kind: "drg", basePrice: 120000, availability: 0.7 },
  { key: "MS-DRG:291", description: "Heart failure and shock with major complication or comorbidity (MCC)", codes: [drg("291")], settings: ["inpatient"], kind: "drg", basePrice: 62000, core: true },
  { key: "MS-DRG:392", description: "Inflammation of the esophagus, stomach flu and other digestive disorders without MCC", codes: [drg("392")], settings: ["inpatient"], kind: "drg", basePrice: 28000, core: true },
  { key: "MS-DRG:871", description: "Blood infection or severe sepsis without ventilator over 96 hours, with MCC", codes: [drg("871")], settings: ["inpatient"], kind: "drg", basePrice: 85000, core: true },
  { key: "MS-DRG:807", description: "Vaginal delivery without sterilization or D&C, without complications", codes: [drg("807")], settings: ["inpatient"], kind: "drg", basePrice: 21000, availability: 0.9 },
  { key: "MS-DRG:788", description: "Cesarean section without sterilization, without complications", codes: [drg("788")], settings: ["inpatient"], kind: "drg", basePrice: 34000, availability: 0.9 },
  { key: "MS-DRG:743", description: "Uterus and ovary procedures for non-cancerous conditions without complications", codes: [drg("743")], settings: ["inpatient"], kind: "drg", basePrice: 42000 },
  { key: "MS-DRG:194", description: "Pneumonia and pleurisy with complication or comorbidity (CC)", codes: [drg("194")], settings: ["inpatient"], kind: "drg", basePrice: 38000 },
  { key: "MS-DRG:247", description: "Heart artery stent placed through a catheter (drug-coated stent) without MCC", codes: [drg("247")], settings: ["inpatient"], kind: "drg", basePrice: 95000, availability: 0.7 },
  { key: "MS-DRG:683", description: "Kidney failure with complication or comorbidity (CC)", codes: [drg("683")], settings: ["inpatient"], kind: "drg", basePrice: 36000 },
  { key: "MS-DRG:885", description: "Psychotic disorders (inpatient psychiatric stay)", codes: [drg("885")], settings: ["inpatient"], kind: "drg", basePrice: 45000, availability: 0.6 },
  { key: "MS-DRG:795", description: "Healthy newborn", codes: [drg("795")], settings: ["inpatient"], kind: "drg", basePrice: 5500, availability: 0.9 },
  { key: "MS-DRG:065", description: "Stroke or bleeding in the brain with complication or clot-busting drug within 24 hours", codes: [drg("065")], settings: ["inpatient"], kind: "drg", basePrice: 55000 },
  { key: "MS-DRG:460", description: "Spinal fusion other than neck, without MCC", codes: [drg("460")], settings: ["inpatient"], kind: "drg", basePrice: 160000, availability: 0.6 },
];

/** Modifiers published as payer-specific payment adjustments (CSV modifier rows / JSON modifier_information). */
export const MODIFIERS: readonly { code: string; description: string; basePercentage: number; wording: string }[] = [
  { code: "50", description: "Bilateral procedure (both sides)", basePercentage: 150, wording: "of the procedure rate when done on both sides in one session" },
  { code: "62", description: "Two surgeons working together", basePercentage: 62.5, wording: "of the procedure rate paid to each of the two surgeons" },
  { code: "52", description: "Reduced services", basePercentage: 50, wording: "of the procedure rate when the service is partly reduced at the physician's choice" },
];

/** Highest number of codes on any catalog entry: sets the code|i columns in CSV. */
export const MAX_CATALOG_CODES = CATALOG.reduce((m, e) => Math.max(m, e.codes.length), 0);
