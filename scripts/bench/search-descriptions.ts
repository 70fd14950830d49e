// How each hospital of the search benchmark's sample words its services.
//
// Real hospitals describe the same CPT code in their own words: "MRI BRAIN W/O
// CONTRAST" in one chargemaster, "Brain MRI without contrast" on another
// hospital's file. Common services get a hand-written list of such variants
// (written for this project; not AMA CPT descriptors); every other entry is
// rendered in the hospital's house style. Which variant and style a hospital
// uses is drawn from its own seeded stream, so it is stable across runs.
import type { CatalogEntry } from "../../lib/mrf/generator/catalog";
import { Rng } from "../../lib/mrf/generator/prng";

/** Hand-written wordings of the most searched services. */
export const DESCRIPTION_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  "CPT:70551": ["MRI BRAIN W/O CONTRAST", "Brain MRI without contrast", "HC MRI BRAIN WO CONTRAST", "MRI HEAD/BRAIN W/O DYE", "MR BRAIN WITHOUT CONTRAST"],
  "CPT:70553": ["MRI BRAIN W/O & W/ CONTRAST", "Brain MRI with and without contrast", "HC MRI BRAIN WO/W CONTRAST"],
  "CPT:73721": ["MRI KNEE W/O CONTRAST", "MRI lower extremity joint (knee) without contrast", "HC MRI JOINT LWR EXTREM WO DYE", "Knee MRI without contrast"],
  "CPT:72148": ["MRI LUMBAR SPINE W/O CONTRAST", "Lumbar spine MRI without contrast", "HC MRI L-SPINE WO CONTRAST"],
  "CPT:74177": ["CT ABDOMEN PELVIS W/ CONTRAST", "CT of abdomen and pelvis with contrast", "HC CT ABD/PELVIS W CONTRAST"],
  "CPT:70450": ["CT HEAD W/O CONTRAST", "Head CT without contrast", "HC CT HEAD/BRAIN WO DYE"],
  "CPT:71046": ["XR CHEST 2 VIEWS", "Chest x-ray, 2 views", "HC X-RAY CHEST PA AND LATERAL"],
  "CPT:77067": ["MAMMOGRAM SCREENING BILATERAL W/ CAD", "Screening mammography, both breasts", "HC MAMMO SCREEN BILAT DIGITAL"],
  "CPT:93306": ["ECHO TTE COMPLETE W/ DOPPLER", "Echocardiogram, complete, with Doppler", "HC ECHOCARDIOGRAM TRANSTHORACIC COMPLETE"],
  "CPT:80053": ["COMPREHENSIVE METABOLIC PANEL", "Comprehensive metabolic panel (CMP) blood test", "HC CMP", "LAB METABOLIC PANEL COMPREHENSIVE"],
  "CPT:85025": ["CBC W/ AUTO DIFF", "Complete blood count with differential", "HC CBC WITH DIFFERENTIAL"],
  "CPT:83036": ["HEMOGLOBIN A1C", "Hemoglobin A1c blood test", "HC GLYCATED HEMOGLOBIN TEST"],
  "CPT:45378": ["COLONOSCOPY DIAGNOSTIC", "Diagnostic colonoscopy", "HC COLONOSCOPY FLEX DX", "Colonoscopy, flexible, diagnostic"],
  "CPT:45380": ["COLONOSCOPY W/ BIOPSY", "Colonoscopy with biopsy", "HC COLONOSCOPY W BX SINGLE/MULT"],
  "HCPCS:G0121": ["COLONOSCOPY SCREENING NOT HIGH RISK", "Screening colonoscopy, average risk", "HC COLON CA SCRN NOT HI RSK IND"],
  "CPT:27447": ["TOTAL KNEE ARTHROPLASTY", "Total knee replacement", "HC ARTHROPLASTY KNEE TOTAL", "Knee replacement surgery, total"],
  "CPT:29881": ["ARTHROSCOPY KNEE W/ MENISCECTOMY", "Knee arthroscopy with meniscectomy", "HC KNEE SCOPE MENISCUS TRIM"],
  "CPT:66984": ["CATARACT REMOVAL W/ IOL", "Cataract surgery with lens implant", "HC XCAPSL CTRC RMVL INSJ IO LENS"],
  "CPT:99213": ["OFFICE VISIT EST PT LEVEL 3", "Established patient office visit, low complexity", "HC OFFICE/OUTPATIENT VISIT EST 20 MIN", "Clinic visit, returning patient"],
  "CPT:99203": ["OFFICE VISIT NEW PT LEVEL 3", "New patient office visit, low complexity", "HC OFFICE/OUTPATIENT VISIT NEW 30 MIN"],
  "CPT:99283": ["ED VISIT LEVEL 3", "Emergency department visit, moderate severity", "HC EMERGENCY DEPT VISIT LVL III"],
  "CPT:99284": ["ED VISIT LEVEL 4", "Emergency department visit, high severity", "HC EMERGENCY DEPT VISIT LVL IV"],
  "CPT:99285": ["ED VISIT LEVEL 5", "Emergency department visit, highest severity", "HC EMERGENCY DEPT VISIT LVL V"],
  "CPT:59400": ["VAGINAL DELIVERY GLOBAL", "Vaginal delivery with prenatal and postpartum care", "HC OB CARE ROUTINE VAG DELIVERY"],
  "CPT:59510": ["CESAREAN DELIVERY GLOBAL", "C-section with prenatal and postpartum care", "HC OB CARE ROUTINE CESAREAN"],
  "CPT:97110": ["PT THERAPEUTIC EXERCISE 15 MIN", "Physical therapy, therapeutic exercises, each 15 minutes", "HC THER PROC EXERCISES EA 15 MIN"],
  "MS-DRG:470": ["MAJOR HIP AND KNEE JOINT REPLACEMENT W/O MCC", "Hip or knee replacement without major complications", "DRG 470 MAJ JOINT REPLACEMENT LOWER EXTREMITY WO MCC"],
  "MS-DRG:469": ["MAJOR HIP AND KNEE JOINT REPLACEMENT W MCC", "Hip or knee replacement with major complications", "DRG 469 MAJ JOINT REPLACEMENT LOWER EXTREMITY W MCC"],
  "MS-DRG:194": ["SIMPLE PNEUMONIA & PLEURISY W CC", "Pneumonia with complications", "DRG 194 PNEUMONIA W CC"],
  "RC:0120": ["ROOM & BOARD SEMI-PRIVATE MED/SURG", "Semi-private room, medical/surgical, per day", "HC R&B SEMI PVT"],
  "RC:0200": ["ICU ROOM & BOARD", "Intensive care room, per day", "HC R&B ICU GENERAL"],
};

export type HouseStyle = "plain" | "chargemaster" | "prefixed";

const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bwithout\b/gi, "W/O"],
  [/\bwith\b/gi, "W/"],
  [/\band\b/gi, "&"],
  [/\bof the\b/gi, ""],
  [/\bper\b/gi, "PER"],
  [/[(),]/g, " "],
  [/\s+/g, " "],
];

/** A catalog description rendered in a house style ("MRI of the brain, without contrast dye" → "MRI BRAIN W/O CONTRAST DYE"). */
export function styled(description: string, style: HouseStyle): string {
  if (style === "plain") return description;
  let s = description;
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to);
  s = s.trim().toUpperCase();
  return style === "prefixed" ? `HC ${s}` : s;
}

/** The hospital's house style, fixed per hospital. */
export function houseStyle(hospitalId: string): HouseStyle {
  return Rng.from("bench-search", hospitalId, "style").weighted<HouseStyle>([
    ["plain", 0.4],
    ["chargemaster", 0.4],
    ["prefixed", 0.2],
  ]);
}

/** The entry as this hospital publishes it: same codes and prices, the hospital's own description. */
export function describedBy(entry: CatalogEntry, hospitalId: string, style: HouseStyle): CatalogEntry {
  const variants = DESCRIPTION_VARIANTS[entry.key];
  const rng = Rng.from("bench-search", hospitalId, "wording", entry.key);
  // A quarter of hospitals keep the catalog wording even for the common services.
  const description = variants && !rng.chance(0.25) ? rng.pick(variants) : styled(entry.description, style);
  return description === entry.description ? entry : { ...entry, description };
}
