// The 70 shoppable services CMS specifies under 45 CFR 180.60, in CMS's groups and order.
//
// The list of services and their codes is CMS's. Every name, description and keyword below was
// written for this project in plain language, in English and US Spanish: none of it is an AMA
// CPT descriptor (copyrighted) or CMS's own wording. Names say what the service is; the
// descriptions say why people get it and what it usually includes.
import type { ShoppableCategory, ShoppableCode, ShoppableService } from "./types";

export const CATEGORIES: readonly ShoppableCategory[] = [
  { id: "evaluation-management", name: { en: "Office visits and therapy", es: "Consultas y terapia" } },
  { id: "laboratory-pathology", name: { en: "Lab tests", es: "Análisis de laboratorio" } },
  { id: "radiology", name: { en: "Imaging and X-rays", es: "Radiografías y estudios de imagen" } },
  { id: "medicine-surgery", name: { en: "Procedures and surgery", es: "Procedimientos y cirugías" } },
  { id: "inpatient-drg", name: { en: "Hospital stays", es: "Hospitalizaciones" } },
];

const cpt = (...codes: string[]): ShoppableCode[] => codes.map((code) => ({ type: "CPT", code }));
const drg = (code: string): ShoppableCode[] => [{ type: "MS-DRG", code }];

export const SHOPPABLE_SERVICES: readonly ShoppableService[] = [
  // --- Evaluation & management (13) ---------------------------------------------------------
  {
    slug: "new-patient-visit-30-min",
    category: "evaluation-management",
    codes: cpt("99203"),
    setting: "outpatient",
    name: { en: "New-patient office visit (about 30 min)", es: "Consulta de paciente nuevo (unos 30 min)" },
    description: {
      en: "A visit to a doctor's office or clinic that has not seen you in the past three years, for a fairly simple problem. The clinician spends about 30 minutes on your care that day.",
      es: "Una visita a un consultorio o clínica donde no lo han atendido en los últimos tres años, por un problema relativamente sencillo. El médico dedica unos 30 minutos a su atención ese día.",
    },
    keywords: {
      en: ["doctor visit", "office visit", "new patient", "clinic visit", "appointment"],
      es: ["consulta médica", "cita con el médico", "paciente nuevo", "visita al médico"],
    },
  },
  {
    slug: "new-patient-visit-45-min",
    category: "evaluation-management",
    codes: cpt("99204"),
    setting: "outpatient",
    name: { en: "New-patient office visit (about 45 min)", es: "Consulta de paciente nuevo (unos 45 min)" },
    description: {
      en: "A first visit to a doctor's office or clinic for a moderately complex problem, such as a new symptom that needs tests or a long-term condition that needs a plan. The clinician spends about 45 minutes on your care that day.",
      es: "Una primera visita a un consultorio o clínica por un problema de complejidad moderada, como un síntoma nuevo que requiere pruebas o una enfermedad crónica que necesita un plan. El médico dedica unos 45 minutos a su atención ese día.",
    },
    keywords: {
      en: ["doctor visit", "office visit", "new patient", "clinic visit", "appointment"],
      es: ["consulta médica", "cita con el médico", "paciente nuevo", "visita al médico"],
    },
  },
  {
    slug: "new-patient-visit-60-min",
    category: "evaluation-management",
    codes: cpt("99205"),
    setting: "outpatient",
    name: { en: "New-patient office visit (about 1 hour)", es: "Consulta de paciente nuevo (alrededor de 1 hora)" },
    description: {
      en: "A first visit to a doctor's office or clinic for a complex or serious problem that takes careful evaluation and decisions. The clinician spends an hour or more on your care that day.",
      es: "Una primera visita a un consultorio o clínica por un problema complejo o grave que requiere una evaluación y decisiones cuidadosas. El médico dedica una hora o más a su atención ese día.",
    },
    keywords: {
      en: ["doctor visit", "office visit", "new patient", "long visit", "appointment"],
      es: ["consulta médica", "cita con el médico", "paciente nuevo", "consulta extendida"],
    },
  },
  {
    slug: "specialist-consultation-30-min",
    category: "evaluation-management",
    codes: cpt("99243"),
    setting: "outpatient",
    name: { en: "Specialist consultation (about 30 min)", es: "Consulta con especialista (unos 30 min)" },
    description: {
      en: "An office visit with a specialist, at your doctor's request, to evaluate a fairly simple problem and give advice on treating it. The specialist spends about 30 minutes on your care that day.",
      es: "Una visita con un especialista, a solicitud de su médico, para evaluar un problema relativamente sencillo y recomendar un tratamiento. El especialista dedica unos 30 minutos a su atención ese día.",
    },
    keywords: {
      en: ["specialist", "consultation", "referral", "second opinion", "specialist visit"],
      es: ["especialista", "consulta con especialista", "referido", "segunda opinión"],
    },
  },
  {
    slug: "specialist-consultation-40-min",
    category: "evaluation-management",
    codes: cpt("99244"),
    setting: "outpatient",
    name: { en: "Specialist consultation (about 40 min)", es: "Consulta con especialista (unos 40 min)" },
    description: {
      en: "An office visit with a specialist, at your doctor's request, to evaluate a moderately complex problem and give advice on treating it. The specialist spends about 40 minutes on your care that day.",
      es: "Una visita con un especialista, a solicitud de su médico, para evaluar un problema de complejidad moderada y recomendar un tratamiento. El especialista dedica unos 40 minutos a su atención ese día.",
    },
    keywords: {
      en: ["specialist", "consultation", "referral", "second opinion", "specialist visit"],
      es: ["especialista", "consulta con especialista", "referido", "segunda opinión"],
    },
  },
  {
    slug: "preventive-checkup-18-39",
    category: "evaluation-management",
    codes: cpt("99385"),
    setting: "outpatient",
    name: { en: "Preventive checkup, new patient, ages 18–39", es: "Chequeo preventivo, paciente nuevo, de 18 a 39 años" },
    description: {
      en: "A yearly physical for a new adult patient aged 18 to 39: health history, a physical exam, and advice on staying healthy, such as screenings and vaccines. Lab tests and shots are usually billed separately.",
      es: "Un examen físico anual para un paciente adulto nuevo de 18 a 39 años: historial de salud, examen físico y consejos para mantenerse sano, como pruebas de detección y vacunas. Los análisis y las vacunas suelen cobrarse aparte.",
    },
    keywords: {
      en: ["checkup", "annual physical", "physical exam", "wellness visit", "preventive visit"],
      es: ["chequeo", "chequeo anual", "examen físico", "revisión médica", "chequeo general"],
    },
  },
  {
    slug: "preventive-checkup-40-64",
    category: "evaluation-management",
    codes: cpt("99386"),
    setting: "outpatient",
    name: { en: "Preventive checkup, new patient, ages 40–64", es: "Chequeo preventivo, paciente nuevo, de 40 a 64 años" },
    description: {
      en: "A yearly physical for a new adult patient aged 40 to 64: health history, a physical exam, and advice on screenings, vaccines and healthy habits. Lab tests and shots are usually billed separately.",
      es: "Un examen físico anual para un paciente adulto nuevo de 40 a 64 años: historial de salud, examen físico y consejos sobre pruebas de detección, vacunas y hábitos saludables. Los análisis y las vacunas suelen cobrarse aparte.",
    },
    keywords: {
      en: ["checkup", "annual physical", "physical exam", "wellness visit", "preventive visit"],
      es: ["chequeo", "chequeo anual", "examen físico", "revisión médica", "chequeo general"],
    },
  },
  {
    slug: "psychotherapy-30-min",
    category: "evaluation-management",
    codes: cpt("90832"),
    setting: "outpatient",
    name: { en: "Therapy session (about 30 min)", es: "Sesión de psicoterapia (unos 30 min)" },
    description: {
      en: "A one-on-one talk therapy session with a psychologist, counselor or other licensed therapist, lasting about 30 minutes.",
      es: "Una sesión individual de terapia con un psicólogo, consejero u otro terapeuta con licencia, de unos 30 minutos.",
    },
    keywords: {
      en: ["therapy", "psychotherapy", "counseling", "therapist", "mental health"],
      es: ["terapia", "psicoterapia", "consejería", "psicólogo", "salud mental"],
    },
  },
  {
    slug: "psychotherapy-45-min",
    category: "evaluation-management",
    codes: cpt("90834"),
    setting: "outpatient",
    name: { en: "Therapy session (about 45 min)", es: "Sesión de psicoterapia (unos 45 min)" },
    description: {
      en: "A one-on-one talk therapy session with a psychologist, counselor or other licensed therapist, lasting about 45 minutes. This is the most common length for a therapy visit.",
      es: "Una sesión individual de terapia con un psicólogo, consejero u otro terapeuta con licencia, de unos 45 minutos. Es la duración más común de una sesión de terapia.",
    },
    keywords: {
      en: ["therapy", "psychotherapy", "counseling", "therapist", "mental health"],
      es: ["terapia", "psicoterapia", "consejería", "psicólogo", "salud mental"],
    },
  },
  {
    slug: "psychotherapy-60-min",
    category: "evaluation-management",
    codes: cpt("90837"),
    setting: "outpatient",
    name: { en: "Therapy session (about 1 hour)", es: "Sesión de psicoterapia (alrededor de 1 hora)" },
    description: {
      en: "A one-on-one talk therapy session with a psychologist, counselor or other licensed therapist, lasting about an hour.",
      es: "Una sesión individual de terapia con un psicólogo, consejero u otro terapeuta con licencia, de alrededor de una hora.",
    },
    keywords: {
      en: ["therapy", "psychotherapy", "counseling", "therapist", "mental health"],
      es: ["terapia", "psicoterapia", "consejería", "psicólogo", "salud mental"],
    },
  },
  {
    slug: "family-therapy-without-patient",
    category: "evaluation-management",
    codes: cpt("90846"),
    setting: "outpatient",
    name: { en: "Family therapy (without the patient)", es: "Terapia familiar (sin el paciente)" },
    description: {
      en: "A therapy session with family members while the patient is not in the room, to help the family understand the patient's condition and support the treatment. Usually about 50 minutes.",
      es: "Una sesión de terapia con los familiares sin que el paciente esté presente, para ayudarles a entender su condición y apoyar el tratamiento. Suele durar unos 50 minutos.",
    },
    keywords: {
      en: ["family therapy", "family counseling", "parent counseling", "mental health"],
      es: ["terapia familiar", "consejería familiar", "terapia para padres", "salud mental"],
    },
  },
  {
    slug: "family-therapy-with-patient",
    category: "evaluation-management",
    codes: cpt("90847"),
    setting: "outpatient",
    name: { en: "Family therapy (with the patient)", es: "Terapia familiar (con el paciente)" },
    description: {
      en: "A therapy session with the patient and family members together, to work on problems and relationships that affect the patient's health. Usually about 50 minutes.",
      es: "Una sesión de terapia con el paciente y sus familiares juntos, para trabajar en los problemas y relaciones que afectan la salud del paciente. Suele durar unos 50 minutos.",
    },
    keywords: {
      en: ["family therapy", "family counseling", "couples therapy", "mental health"],
      es: ["terapia familiar", "consejería familiar", "terapia de pareja", "salud mental"],
    },
  },
  {
    slug: "group-therapy",
    category: "evaluation-management",
    codes: cpt("90853"),
    setting: "outpatient",
    name: { en: "Group therapy", es: "Terapia de grupo" },
    description: {
      en: "A therapy session led by a therapist with a small group of people facing similar challenges, such as anxiety, depression or addiction. The price is per person, per session.",
      es: "Una sesión de terapia dirigida por un terapeuta con un grupo pequeño de personas con problemas parecidos, como ansiedad, depresión o adicciones. El precio es por persona y por sesión.",
    },
    keywords: {
      en: ["group therapy", "support group", "group counseling", "mental health"],
      es: ["terapia de grupo", "terapia grupal", "grupo de apoyo", "salud mental"],
    },
  },

  // --- Laboratory & pathology (14) ----------------------------------------------------------
  {
    slug: "basic-metabolic-panel",
    category: "laboratory-pathology",
    codes: cpt("80048"),
    name: { en: "Basic metabolic panel (BMP)", es: "Panel metabólico básico (BMP)" },
    description: {
      en: "A common blood test that checks blood sugar, kidney function and the balance of salts such as sodium, potassium and calcium. Often ordered at checkups or to keep an eye on medicines.",
      es: "Un análisis de sangre común que mide el azúcar en la sangre, el funcionamiento de los riñones y el equilibrio de sales como el sodio, el potasio y el calcio. Se pide a menudo en chequeos o para vigilar el efecto de medicamentos.",
    },
    keywords: {
      en: ["bmp", "blood test", "blood work", "electrolytes", "chem 7"],
      es: ["análisis de sangre", "panel metabólico", "electrolitos", "química sanguínea"],
    },
  },
  {
    slug: "comprehensive-metabolic-panel",
    category: "laboratory-pathology",
    codes: cpt("80053"),
    name: { en: "Comprehensive metabolic panel (CMP)", es: "Panel metabólico completo (CMP)" },
    description: {
      en: "A blood test that covers everything in the basic panel plus liver function and blood proteins. It is one of the most common routine blood tests.",
      es: "Un análisis de sangre que incluye todo lo del panel básico, más el funcionamiento del hígado y las proteínas de la sangre. Es uno de los análisis de rutina más comunes.",
    },
    keywords: {
      en: ["cmp", "blood test", "blood work", "chem 14", "liver and kidney test"],
      es: ["análisis de sangre", "panel metabólico completo", "química sanguínea", "prueba de hígado y riñón"],
    },
  },
  {
    slug: "prenatal-blood-panel",
    category: "laboratory-pathology",
    codes: cpt("80055"),
    name: { en: "Prenatal blood panel", es: "Panel de sangre prenatal" },
    description: {
      en: "A set of blood tests done early in pregnancy: blood count, blood type and Rh factor, antibodies, immunity to rubella, and tests for hepatitis B and syphilis.",
      es: "Un grupo de análisis de sangre que se hace al principio del embarazo: conteo sanguíneo, tipo de sangre y factor Rh, anticuerpos, inmunidad a la rubéola y pruebas de hepatitis B y sífilis.",
    },
    keywords: {
      en: ["prenatal labs", "pregnancy blood test", "obstetric panel", "ob panel"],
      es: ["análisis prenatales", "análisis de sangre del embarazo", "panel obstétrico", "pruebas del embarazo"],
    },
  },
  {
    slug: "lipid-panel",
    category: "laboratory-pathology",
    codes: cpt("80061"),
    name: { en: "Cholesterol test (lipid panel)", es: "Prueba de colesterol (perfil de lípidos)" },
    description: {
      en: "A blood test that measures total cholesterol, HDL (good) and LDL (bad) cholesterol, and triglycerides, to check your risk of heart disease and stroke.",
      es: "Un análisis de sangre que mide el colesterol total, el colesterol HDL (bueno) y LDL (malo) y los triglicéridos, para conocer su riesgo de enfermedades del corazón y derrame cerebral.",
    },
    keywords: {
      en: ["cholesterol", "lipid panel", "triglycerides", "hdl", "ldl"],
      es: ["colesterol", "perfil lipídico", "triglicéridos", "prueba de colesterol"],
    },
  },
  {
    slug: "kidney-function-panel",
    category: "laboratory-pathology",
    codes: cpt("80069"),
    name: { en: "Kidney function panel", es: "Panel de función renal" },
    description: {
      en: "A blood test that shows how well your kidneys are filtering waste, along with salts, minerals and protein levels. Used for people with kidney disease, diabetes or high blood pressure.",
      es: "Un análisis de sangre que muestra qué tan bien filtran los riñones, junto con los niveles de sales, minerales y proteínas. Se usa en personas con enfermedad de los riñones, diabetes o presión alta.",
    },
    keywords: {
      en: ["kidney test", "renal panel", "kidney function", "creatinine"],
      es: ["prueba de riñón", "función renal", "panel renal", "creatinina"],
    },
  },
  {
    slug: "liver-function-panel",
    category: "laboratory-pathology",
    codes: cpt("80076"),
    name: { en: "Liver function panel", es: "Panel de función hepática" },
    description: {
      en: "A blood test that measures liver enzymes, bilirubin and proteins to check how well your liver is working. Used for hepatitis, heavy drinking, some medicines or yellowing of the skin.",
      es: "Un análisis de sangre que mide las enzimas del hígado, la bilirrubina y las proteínas para ver qué tan bien funciona el hígado. Se usa en casos de hepatitis, consumo alto de alcohol, ciertos medicamentos o piel amarillenta.",
    },
    keywords: {
      en: ["liver test", "lft", "hepatic panel", "liver enzymes"],
      es: ["prueba del hígado", "pruebas hepáticas", "enzimas del hígado", "panel hepático"],
    },
  },
  {
    slug: "urinalysis-with-microscope",
    category: "laboratory-pathology",
    codes: cpt("81000"),
    name: { en: "Urine test with microscope exam", es: "Análisis de orina con examen al microscopio" },
    description: {
      en: "A urine sample is checked with a test strip and then looked at under a microscope by lab staff, to find signs of infection, blood, sugar or kidney problems.",
      es: "Una muestra de orina se revisa con una tira reactiva y luego al microscopio por el personal del laboratorio, para buscar señales de infección, sangre, azúcar o problemas de los riñones.",
    },
    keywords: {
      en: ["urinalysis", "urine test", "ua", "uti test", "urine microscopy"],
      es: ["análisis de orina", "examen de orina", "prueba de orina", "uroanálisis"],
    },
  },
  {
    slug: "urinalysis-dipstick",
    category: "laboratory-pathology",
    codes: cpt("81002", "81003"),
    name: { en: "Urine test (dipstick, no microscope)", es: "Análisis de orina (tira reactiva, sin microscopio)" },
    description: {
      en: "A quick urine test with a chemical test strip, read by hand or by a machine, without a microscope exam. It screens for signs of infection, blood, sugar or protein.",
      es: "Un análisis rápido de orina con una tira reactiva, leída a mano o con una máquina, sin examen al microscopio. Sirve para detectar señales de infección, sangre, azúcar o proteína.",
    },
    keywords: {
      en: ["urinalysis", "urine test", "urine dipstick", "ua", "uti test"],
      es: ["análisis de orina", "examen de orina", "tira reactiva", "prueba de orina"],
    },
  },
  {
    slug: "psa-test",
    category: "laboratory-pathology",
    codes: cpt("84153", "84154"),
    name: { en: "PSA blood test (prostate)", es: "Prueba de PSA (próstata)" },
    description: {
      en: "A blood test that measures PSA, a protein made by the prostate, to screen for or follow prostate cancer. It may include total PSA, free PSA or both.",
      es: "Un análisis de sangre que mide el PSA, una proteína que produce la próstata, para detectar o dar seguimiento al cáncer de próstata. Puede incluir el PSA total, el PSA libre o ambos.",
    },
    keywords: {
      en: ["psa", "prostate test", "prostate cancer screening", "prostate specific antigen"],
      es: ["psa", "antígeno prostático", "prueba de próstata", "detección de cáncer de próstata"],
    },
  },
  {
    slug: "thyroid-tsh-test",
    category: "laboratory-pathology",
    codes: cpt("84443"),
    name: { en: "Thyroid test (TSH)", es: "Prueba de tiroides (TSH)" },
    description: {
      en: "A blood test of thyroid-stimulating hormone, the usual first check for an overactive or underactive thyroid. Often ordered for tiredness, weight changes or to adjust thyroid medicine.",
      es: "Un análisis de sangre de la hormona estimulante de la tiroides, la primera prueba habitual para saber si la tiroides trabaja de más o de menos. Se pide a menudo por cansancio, cambios de peso o para ajustar el medicamento para la tiroides.",
    },
    keywords: {
      en: ["tsh", "thyroid", "thyroid test", "thyroid blood test"],
      es: ["tsh", "tiroides", "prueba de tiroides", "análisis de tiroides"],
    },
  },
  {
    slug: "cbc-with-differential",
    category: "laboratory-pathology",
    codes: cpt("85025"),
    name: { en: "Complete blood count (CBC) with differential", es: "Hemograma completo (CBC) con diferencial" },
    description: {
      en: "A blood test that counts red cells, white cells and platelets and also sorts the white cells by type. Used to look for anemia, infection and many other conditions.",
      es: "Un análisis de sangre que cuenta los glóbulos rojos, los glóbulos blancos y las plaquetas, y además clasifica los glóbulos blancos por tipo. Se usa para buscar anemia, infecciones y muchas otras condiciones.",
    },
    keywords: {
      en: ["cbc", "blood count", "blood test", "cbc with diff"],
      es: ["hemograma", "biometría hemática", "conteo sanguíneo", "análisis de sangre"],
    },
  },
  {
    slug: "cbc-without-differential",
    category: "laboratory-pathology",
    codes: cpt("85027"),
    name: { en: "Complete blood count (CBC), no differential", es: "Hemograma completo (CBC) sin diferencial" },
    description: {
      en: "A blood test that counts red cells, white cells and platelets, without sorting the white cells by type. Used to check for anemia, infection or bleeding problems.",
      es: "Un análisis de sangre que cuenta los glóbulos rojos, los glóbulos blancos y las plaquetas, sin clasificar los glóbulos blancos por tipo. Se usa para revisar si hay anemia, infecciones o problemas de sangrado.",
    },
    keywords: {
      en: ["cbc", "blood count", "blood test", "cbc without differential"],
      es: ["hemograma", "biometría hemática", "conteo sanguíneo", "análisis de sangre"],
    },
  },
  {
    slug: "prothrombin-time-inr",
    category: "laboratory-pathology",
    codes: cpt("85610"),
    name: { en: "Blood clotting test (PT/INR)", es: "Prueba de coagulación (PT/INR)" },
    description: {
      en: "Measures how long your blood takes to clot. Often used to check a blood thinner such as warfarin, or before surgery.",
      es: "Mide cuánto tarda la sangre en coagular. Se usa a menudo para controlar anticoagulantes como la warfarina, o antes de una cirugía.",
    },
    keywords: {
      en: ["pt", "inr", "protime", "clotting test", "warfarin", "coumadin"],
      es: ["tiempo de protrombina", "prueba de coagulación", "inr", "warfarina"],
    },
  },
  {
    slug: "partial-thromboplastin-time",
    category: "laboratory-pathology",
    codes: cpt("85730"),
    name: { en: "Blood clotting test (PTT)", es: "Prueba de coagulación (PTT)" },
    description: {
      en: "Measures clotting time along a different pathway than the PT test. Used to look for bleeding disorders, before surgery, or to monitor the blood thinner heparin.",
      es: "Mide el tiempo de coagulación por una vía distinta a la de la prueba PT. Se usa para buscar trastornos de sangrado, antes de una cirugía o para controlar el anticoagulante heparina.",
    },
    keywords: {
      en: ["ptt", "aptt", "clotting test", "heparin", "bleeding test"],
      es: ["tiempo de tromboplastina", "prueba de coagulación", "ptt", "heparina"],
    },
  },

  // --- Radiology (13) -------------------------------------------------------------------------
  {
    slug: "ct-head-without-contrast",
    category: "radiology",
    codes: cpt("70450"),
    name: { en: "CT scan of the head, no contrast", es: "Tomografía (CT) de la cabeza sin contraste" },
    description: {
      en: "Detailed X-ray pictures of the head and brain taken without contrast dye. Often used after a head injury or for a sudden severe headache or signs of a stroke.",
      es: "Imágenes detalladas de rayos X de la cabeza y el cerebro, sin tinte de contraste. Se usa a menudo después de un golpe en la cabeza o por un dolor de cabeza fuerte y repentino o señales de derrame cerebral.",
    },
    keywords: {
      en: ["head ct", "brain ct", "ct scan", "cat scan", "head scan"],
      es: ["tomografía de cabeza", "tomografía del cerebro", "tac", "escáner de cabeza"],
    },
  },
  {
    slug: "mri-brain-with-and-without-contrast",
    category: "radiology",
    codes: cpt("70553"),
    name: { en: "Brain MRI with and without contrast", es: "Resonancia magnética del cerebro con y sin contraste" },
    description: {
      en: "An MRI uses a strong magnet to make detailed pictures of the brain, taken before and after contrast dye is given through an IV. Used to look for tumors, multiple sclerosis, seizures and other problems.",
      es: "La resonancia usa un imán potente para tomar imágenes detalladas del cerebro, antes y después de poner un tinte de contraste por la vena. Se usa para buscar tumores, esclerosis múltiple, convulsiones y otros problemas.",
    },
    keywords: {
      en: ["brain mri", "head mri", "mri of the brain", "mri with contrast"],
      es: ["resonancia del cerebro", "resonancia de la cabeza", "resonancia cerebral", "mri"],
    },
  },
  {
    slug: "xray-lower-back",
    category: "radiology",
    codes: cpt("72110"),
    name: { en: "Lower back X-ray (4 or more views)", es: "Radiografía de la espalda baja (4 o más vistas)" },
    description: {
      en: "X-ray pictures of the lower spine taken from at least four angles, to look at the bones for arthritis, fractures or alignment problems behind back pain.",
      es: "Radiografías de la parte baja de la columna tomadas desde al menos cuatro ángulos, para revisar los huesos en busca de artritis, fracturas o problemas de alineación que causan dolor de espalda.",
    },
    keywords: {
      en: ["lumbar x-ray", "back x-ray", "xray lower back", "spine x-ray", "lumbar spine"],
      es: ["radiografía lumbar", "radiografía de espalda", "rayos x de la espalda", "columna lumbar"],
    },
  },
  {
    slug: "mri-lower-back-without-contrast",
    category: "radiology",
    codes: cpt("72148"),
    name: { en: "Lower back MRI, no contrast", es: "Resonancia magnética de la espalda baja sin contraste" },
    description: {
      en: "Detailed magnet-based pictures of the lower spine, its discs and nerves, without contrast dye. Often used for back pain that spreads down the leg, such as a herniated disc.",
      es: "Imágenes detalladas, hechas con un imán, de la parte baja de la columna, sus discos y nervios, sin tinte de contraste. Se usa a menudo para dolor de espalda que baja por la pierna, como una hernia de disco.",
    },
    keywords: {
      en: ["lumbar mri", "back mri", "spine mri", "mri lower back", "herniated disc"],
      es: ["resonancia lumbar", "resonancia de espalda", "resonancia de columna", "hernia de disco"],
    },
  },
  {
    slug: "ct-pelvis-with-contrast",
    category: "radiology",
    codes: cpt("72193"),
    name: { en: "CT scan of the pelvis with contrast", es: "Tomografía (CT) de la pelvis con contraste" },
    description: {
      en: "Detailed X-ray pictures of the pelvis, including the hip bones, bladder and nearby organs, taken after contrast dye is given. Used to find the cause of pain, infections or growths.",
      es: "Imágenes detalladas de rayos X de la pelvis, incluidos los huesos de la cadera, la vejiga y los órganos cercanos, después de poner un tinte de contraste. Se usa para encontrar la causa de dolor, infecciones o tumores.",
    },
    keywords: {
      en: ["pelvic ct", "ct pelvis", "ct scan", "cat scan", "ct with contrast"],
      es: ["tomografía pélvica", "tomografía de pelvis", "tac", "tomografía con contraste"],
    },
  },
  {
    slug: "mri-leg-joint-without-contrast",
    category: "radiology",
    codes: cpt("73721"),
    name: { en: "Knee or other leg joint MRI, no contrast", es: "Resonancia de rodilla u otra articulación de la pierna, sin contraste" },
    description: {
      en: "Detailed magnet-based pictures of one joint of the leg, most often the knee, ankle or hip, without contrast dye. Used to check for torn ligaments, cartilage or meniscus damage.",
      es: "Imágenes detalladas, hechas con un imán, de una articulación de la pierna, casi siempre la rodilla, el tobillo o la cadera, sin tinte de contraste. Se usa para buscar ligamentos rotos o daños en el cartílago o el menisco.",
    },
    keywords: {
      en: ["knee mri", "mri knee", "ankle mri", "hip mri", "joint mri"],
      es: ["resonancia de rodilla", "resonancia de tobillo", "resonancia de cadera", "resonancia de articulación"],
    },
  },
  {
    slug: "ct-abdomen-pelvis-with-contrast",
    category: "radiology",
    codes: cpt("74177"),
    name: { en: "CT scan of the belly and pelvis with contrast", es: "Tomografía (CT) de abdomen y pelvis con contraste" },
    description: {
      en: "Detailed X-ray pictures of the whole belly and pelvis taken after contrast dye is given. A common test for belly pain, appendicitis, kidney stones or to check for cancer.",
      es: "Imágenes detalladas de rayos X de todo el abdomen y la pelvis después de poner un tinte de contraste. Es una prueba común para dolor de estómago, apendicitis, piedras en el riñón o para buscar cáncer.",
    },
    keywords: {
      en: ["abdominal ct", "ct abdomen", "stomach ct", "ct scan", "cat scan"],
      es: ["tomografía abdominal", "tomografía del abdomen", "tac", "tomografía con contraste"],
    },
  },
  {
    slug: "ultrasound-abdomen-complete",
    category: "radiology",
    codes: cpt("76700"),
    name: { en: "Abdominal ultrasound, complete", es: "Ultrasonido abdominal completo" },
    description: {
      en: "Sound waves are used to look at the organs in your belly, including the liver, gallbladder, pancreas, kidneys and spleen, with no radiation. Often used for belly pain or gallstones.",
      es: "Se usan ondas de sonido para ver los órganos del abdomen, como el hígado, la vesícula, el páncreas, los riñones y el bazo, sin radiación. Se usa a menudo para dolor de estómago o piedras en la vesícula.",
    },
    keywords: {
      en: ["abdominal ultrasound", "gallbladder ultrasound", "ultrasound", "sonogram", "liver ultrasound"],
      es: ["ultrasonido del abdomen", "ecografía abdominal", "ultrasonido", "sonograma"],
    },
  },
  {
    slug: "ultrasound-pregnancy-after-first-trimester",
    category: "radiology",
    codes: cpt("76805"),
    name: { en: "Pregnancy ultrasound (after the first trimester)", es: "Ultrasonido de embarazo (después del primer trimestre)" },
    description: {
      en: "An ultrasound of the baby from about 14 weeks of pregnancy on, checking growth, anatomy, the placenta and the fluid around the baby. This price is for a pregnancy with one baby.",
      es: "Un ultrasonido del bebé a partir de las 14 semanas de embarazo, más o menos, para revisar su crecimiento, su anatomía, la placenta y el líquido que lo rodea. Este precio es para un embarazo de un solo bebé.",
    },
    keywords: {
      en: ["pregnancy ultrasound", "prenatal ultrasound", "anatomy scan", "20 week ultrasound", "baby ultrasound"],
      es: ["ultrasonido de embarazo", "ecografía del embarazo", "ultrasonido del bebé", "sonograma"],
    },
  },
  {
    slug: "ultrasound-transvaginal",
    category: "radiology",
    codes: cpt("76830"),
    name: { en: "Transvaginal ultrasound", es: "Ultrasonido transvaginal" },
    description: {
      en: "An ultrasound done with a small wand placed in the vagina to see the uterus, ovaries and cervix up close. Used for pelvic pain, abnormal bleeding or early pregnancy.",
      es: "Un ultrasonido que se hace con un pequeño aparato colocado en la vagina para ver de cerca el útero, los ovarios y el cuello uterino. Se usa para dolor pélvico, sangrado anormal o al inicio del embarazo.",
    },
    keywords: {
      en: ["transvaginal", "vaginal ultrasound", "pelvic ultrasound", "ovary ultrasound"],
      es: ["ultrasonido vaginal", "ultrasonido pélvico", "ecografía transvaginal", "ultrasonido de ovarios"],
    },
  },
  {
    slug: "mammogram-diagnostic-one-breast",
    category: "radiology",
    codes: cpt("77065"),
    name: { en: "Diagnostic mammogram, one breast", es: "Mamografía de diagnóstico, un seno" },
    description: {
      en: "A closer X-ray exam of one breast to check a lump, pain or something seen on a screening mammogram. It usually includes extra views and a radiologist's reading.",
      es: "Una radiografía más detallada de un seno para revisar un bulto, dolor o algo que se vio en una mamografía de rutina. Suele incluir vistas adicionales y la interpretación de un radiólogo.",
    },
    keywords: {
      en: ["diagnostic mammogram", "breast x-ray", "breast lump", "one breast"],
      es: ["mamografía de diagnóstico", "radiografía del seno", "bulto en el seno", "un seno"],
    },
  },
  {
    slug: "mammogram-diagnostic-both-breasts",
    category: "radiology",
    codes: cpt("77066"),
    name: { en: "Diagnostic mammogram, both breasts", es: "Mamografía de diagnóstico, ambos senos" },
    description: {
      en: "A closer X-ray exam of both breasts to check a lump, pain, nipple discharge or something seen on a screening mammogram. It usually includes extra views and a radiologist's reading.",
      es: "Una radiografía más detallada de ambos senos para revisar un bulto, dolor, secreción del pezón o algo que se vio en una mamografía de rutina. Suele incluir vistas adicionales y la interpretación de un radiólogo.",
    },
    keywords: {
      en: ["diagnostic mammogram", "breast x-ray", "breast lump", "both breasts"],
      es: ["mamografía de diagnóstico", "radiografía de los senos", "bulto en el seno", "ambos senos"],
    },
  },
  {
    slug: "mammogram-screening",
    category: "radiology",
    codes: cpt("77067"),
    name: { en: "Screening mammogram", es: "Mamografía de detección (rutina)" },
    description: {
      en: "A routine X-ray of both breasts for women with no symptoms, to find breast cancer early. It is usually recommended every one to two years from age 40.",
      es: "Una radiografía de rutina de ambos senos para mujeres sin síntomas, para detectar el cáncer de seno a tiempo. Se suele recomendar cada uno o dos años a partir de los 40.",
    },
    keywords: {
      en: ["mammogram", "screening mammogram", "yearly mammogram", "breast cancer screening"],
      es: ["mamografía", "mamografía de rutina", "mamografía anual", "detección de cáncer de seno"],
    },
  },

  // --- Medicine & surgery (25) ----------------------------------------------------------------
  {
    slug: "breast-lump-removal",
    category: "medicine-surgery",
    codes: cpt("19120"),
    setting: "outpatient",
    name: { en: "Breast lump removal", es: "Extirpación de un bulto en el seno" },
    description: {
      en: "Surgery through a cut in the skin to remove a lump, cyst or other abnormal tissue from the breast so it can be checked in a lab. Usually done as an outpatient.",
      es: "Cirugía con una incisión en la piel para quitar un bulto, quiste u otro tejido anormal del seno y analizarlo en un laboratorio. Normalmente es ambulatoria.",
    },
    keywords: {
      en: ["breast lump removal", "breast surgery", "breast cyst", "excisional biopsy", "breast biopsy"],
      es: ["extirpación de bulto en el seno", "cirugía de seno", "quiste en el seno", "biopsia de seno"],
    },
  },
  {
    slug: "shoulder-arthroscopy-bone-shaving",
    category: "medicine-surgery",
    codes: cpt("29826"),
    setting: "outpatient",
    name: { en: "Shoulder arthroscopy with bone shaving", es: "Artroscopia de hombro con limado de hueso" },
    description: {
      en: "Shoulder surgery through small cuts with a camera, shaving bone and tissue that pinch the tendons (impingement). It is done, and billed, together with another shoulder arthroscopy procedure.",
      es: "Cirugía de hombro con una cámara y pequeñas incisiones para limar el hueso y el tejido que aprietan los tendones (pinzamiento). Se hace, y se cobra, junto con otro procedimiento artroscópico del hombro.",
    },
    keywords: {
      en: ["shoulder surgery", "shoulder arthroscopy", "shoulder scope", "shoulder impingement", "subacromial decompression"],
      es: ["cirugía de hombro", "artroscopia de hombro", "pinzamiento del hombro", "descompresión subacromial"],
    },
  },
  {
    slug: "knee-arthroscopy-meniscus",
    category: "medicine-surgery",
    codes: cpt("29881"),
    setting: "outpatient",
    name: { en: "Knee arthroscopy for a torn meniscus", es: "Artroscopia de rodilla por menisco roto" },
    description: {
      en: "Knee surgery through small cuts with a camera to trim or remove a torn piece of one meniscus, the cartilage cushion in the knee. It may include smoothing other worn cartilage.",
      es: "Cirugía de rodilla con una cámara y pequeñas incisiones para recortar o quitar la parte rota de un menisco, el cartílago que amortigua la rodilla. Puede incluir alisar otro cartílago desgastado.",
    },
    keywords: {
      en: ["knee arthroscopy", "knee scope", "meniscus surgery", "torn meniscus", "knee surgery", "meniscectomy"],
      es: ["artroscopia de rodilla", "cirugía de menisco", "menisco roto", "cirugía de rodilla"],
    },
  },
  {
    slug: "tonsil-adenoid-removal-under-12",
    category: "medicine-surgery",
    codes: cpt("42820"),
    setting: "outpatient",
    name: { en: "Tonsil and adenoid removal (under age 12)", es: "Extirpación de amígdalas y adenoides (menores de 12 años)" },
    description: {
      en: "Surgery to take out the tonsils and adenoids of a child younger than 12, usually for repeated throat infections or snoring and breathing pauses during sleep. Most children go home the same day.",
      es: "Cirugía para quitar las amígdalas y las adenoides a un niño menor de 12 años, por lo general por infecciones de garganta repetidas o ronquidos y pausas al respirar mientras duerme. La mayoría de los niños regresan a casa el mismo día.",
    },
    keywords: {
      en: ["tonsillectomy", "tonsils", "tonsil removal", "adenoidectomy", "adenoids"],
      es: ["amigdalectomía", "amígdalas", "operación de las amígdalas", "adenoides", "anginas"],
    },
  },
  {
    slug: "upper-endoscopy",
    category: "medicine-surgery",
    codes: cpt("43235"),
    setting: "outpatient",
    name: { en: "Upper endoscopy (EGD)", es: "Endoscopia superior (EGD)" },
    description: {
      en: "A thin, flexible camera is passed through the mouth, under sedation, to look at the esophagus, stomach and start of the small intestine. Used for heartburn, trouble swallowing, ulcers or bleeding.",
      es: "Con sedación, se pasa una cámara delgada y flexible por la boca para ver el esófago, el estómago y el inicio del intestino delgado. Se usa para agruras, dificultad para tragar, úlceras o sangrado.",
    },
    keywords: {
      en: ["endoscopy", "upper endoscopy", "egd", "upper gi", "stomach scope"],
      es: ["endoscopia", "endoscopia superior", "endoscopia del estómago", "egd"],
    },
  },
  {
    slug: "upper-endoscopy-with-biopsy",
    category: "medicine-surgery",
    codes: cpt("43239"),
    setting: "outpatient",
    name: { en: "Upper endoscopy (EGD) with biopsy", es: "Endoscopia superior (EGD) con biopsia" },
    description: {
      en: "An upper endoscopy in which small tissue samples are taken from the esophagus, stomach or small intestine to test for problems such as H. pylori infection, celiac disease or cancer.",
      es: "Una endoscopia superior en la que se toman pequeñas muestras de tejido del esófago, el estómago o el intestino delgado para buscar problemas como la bacteria H. pylori, la enfermedad celíaca o cáncer.",
    },
    keywords: {
      en: ["endoscopy with biopsy", "egd with biopsy", "stomach biopsy", "h pylori"],
      es: ["endoscopia con biopsia", "biopsia del estómago", "h pylori", "egd con biopsia"],
    },
  },
  {
    slug: "colonoscopy",
    category: "medicine-surgery",
    codes: cpt("45378"),
    setting: "outpatient",
    name: { en: "Colonoscopy (exam only)", es: "Colonoscopia (solo revisión)" },
    description: {
      en: "A flexible camera is used, under sedation, to look at the whole colon for polyps, cancer or the cause of symptoms. If tissue or polyps are removed, a different colonoscopy service applies.",
      es: "Con sedación, se usa una cámara flexible para revisar todo el colon en busca de pólipos, cáncer o la causa de los síntomas. Si se quitan tejido o pólipos, aplica otro tipo de colonoscopia.",
    },
    keywords: {
      en: ["colonoscopy", "screening colonoscopy", "colon cancer screening", "colon exam"],
      es: ["colonoscopia", "colonoscopia de rutina", "detección de cáncer de colon", "revisión del colon"],
    },
  },
  {
    slug: "colonoscopy-with-biopsy",
    category: "medicine-surgery",
    codes: cpt("45380"),
    setting: "outpatient",
    name: { en: "Colonoscopy with biopsy", es: "Colonoscopia con biopsia" },
    description: {
      en: "A colonoscopy in which one or more small tissue samples are taken from the colon and sent to a lab, for example to check inflamed areas or a growth.",
      es: "Una colonoscopia en la que se toman una o más muestras pequeñas de tejido del colon para analizarlas en un laboratorio, por ejemplo para revisar zonas inflamadas o un crecimiento.",
    },
    keywords: {
      en: ["colonoscopy biopsy", "colon biopsy", "biopsy of the colon"],
      es: ["colonoscopia con biopsia", "biopsia de colon", "biopsia del colon"],
    },
  },
  {
    slug: "colonoscopy-polyp-removal",
    category: "medicine-surgery",
    codes: cpt("45385"),
    setting: "outpatient",
    name: { en: "Colonoscopy with polyp removal", es: "Colonoscopia con extirpación de pólipos" },
    description: {
      en: "A colonoscopy in which polyps are removed with a small wire loop and sent to a lab. Removing polyps early helps prevent colon cancer.",
      es: "Una colonoscopia en la que se quitan pólipos con un pequeño lazo de alambre y se envían al laboratorio. Quitar los pólipos a tiempo ayuda a prevenir el cáncer de colon.",
    },
    keywords: {
      en: ["polyp removal", "polypectomy", "colonoscopy polyp", "colon polyps"],
      es: ["extirpación de pólipos", "polipectomía", "pólipos", "quitar pólipos"],
    },
  },
  {
    slug: "colonoscopy-endoscopic-ultrasound",
    category: "medicine-surgery",
    codes: cpt("45391"),
    setting: "outpatient",
    name: { en: "Colonoscopy with ultrasound (EUS)", es: "Colonoscopia con ultrasonido (EUS)" },
    description: {
      en: "A colonoscopy with an ultrasound probe on the scope to see the layers of the bowel wall and nearby tissue. Often used to find out how deep a growth goes.",
      es: "Una colonoscopia con una sonda de ultrasonido en el endoscopio para ver las capas de la pared del intestino y el tejido cercano. Se usa a menudo para saber qué tan profundo llega un crecimiento.",
    },
    keywords: {
      en: ["endoscopic ultrasound", "eus", "colonoscopy ultrasound", "colon ultrasound"],
      es: ["ultrasonido endoscópico", "colonoscopia con ultrasonido", "eus", "ultrasonido del colon"],
    },
  },
  {
    slug: "gallbladder-removal-laparoscopic",
    category: "medicine-surgery",
    codes: cpt("47562"),
    name: { en: "Gallbladder removal (laparoscopic)", es: "Extirpación de la vesícula (laparoscópica)" },
    description: {
      en: "Surgery through a few small cuts in the belly, using a camera, to remove the gallbladder, usually because of painful gallstones. Most people go home the same day or the next.",
      es: "Cirugía con unas pocas incisiones pequeñas en el abdomen y una cámara para quitar la vesícula biliar, casi siempre por piedras que causan dolor. La mayoría de las personas regresan a casa el mismo día o al día siguiente.",
    },
    keywords: {
      en: ["gallbladder removal", "gallbladder surgery", "cholecystectomy", "gallstones", "lap chole"],
      es: ["extirpación de vesícula", "cirugía de vesícula", "colecistectomía", "piedras en la vesícula", "cálculos biliares"],
    },
  },
  {
    slug: "inguinal-hernia-repair",
    category: "medicine-surgery",
    codes: cpt("49505"),
    setting: "outpatient",
    name: { en: "Groin (inguinal) hernia repair, age 5 and up", es: "Reparación de hernia inguinal, desde los 5 años" },
    description: {
      en: "Open surgery through a cut in the groin to push a bulge of tissue back into place and strengthen the weak spot in the belly wall, for patients 5 or older whose hernia can still be pushed back in.",
      es: "Cirugía abierta con una incisión en la ingle para regresar a su lugar el tejido que sobresale y reforzar la parte débil de la pared del abdomen, en pacientes de 5 años o más cuya hernia todavía se puede meter.",
    },
    keywords: {
      en: ["hernia repair", "inguinal hernia", "groin hernia", "hernia surgery"],
      es: ["hernia inguinal", "cirugía de hernia", "reparación de hernia", "hernia en la ingle"],
    },
  },
  {
    slug: "prostate-biopsy",
    category: "medicine-surgery",
    codes: cpt("55700"),
    setting: "outpatient",
    name: { en: "Prostate biopsy", es: "Biopsia de próstata" },
    description: {
      en: "Small samples of the prostate are taken with a needle and checked for cancer, often after a high PSA result. The ultrasound used to guide the needle may be billed separately.",
      es: "Se toman pequeñas muestras de la próstata con una aguja para buscar cáncer, a menudo después de un resultado alto de PSA. El ultrasonido que guía la aguja puede cobrarse aparte.",
    },
    keywords: {
      en: ["prostate biopsy", "prostate cancer", "needle biopsy"],
      es: ["biopsia de próstata", "cáncer de próstata", "biopsia con aguja"],
    },
  },
  {
    slug: "prostate-removal-laparoscopic-robotic",
    category: "medicine-surgery",
    codes: cpt("55866"),
    name: { en: "Prostate removal (laparoscopic or robotic)", es: "Extirpación de la próstata (laparoscópica o robótica)" },
    description: {
      en: "Surgery through small cuts, often with a surgical robot, to remove the whole prostate, usually to treat prostate cancer. Many patients stay in the hospital for about one night.",
      es: "Cirugía con pequeñas incisiones, a menudo con un robot quirúrgico, para quitar toda la próstata, casi siempre para tratar el cáncer de próstata. Muchos pacientes pasan alrededor de una noche en el hospital.",
    },
    keywords: {
      en: ["prostatectomy", "robotic prostatectomy", "prostate removal", "prostate surgery", "da vinci"],
      es: ["prostatectomía", "prostatectomía robótica", "extirpación de próstata", "cirugía de próstata"],
    },
  },
  {
    slug: "vaginal-delivery-with-care",
    category: "medicine-surgery",
    codes: cpt("59400"),
    name: { en: "Vaginal delivery with prenatal and postpartum care", es: "Parto vaginal con atención prenatal y posparto" },
    description: {
      en: "The doctor's or midwife's care for a whole pregnancy: routine prenatal visits, the vaginal birth, and the checkups after the baby is born. The hospital's charge for the stay is usually separate.",
      es: "La atención del médico o la partera durante todo el embarazo: las consultas prenatales de rutina, el parto vaginal y las revisiones después del nacimiento. El cargo del hospital por la estancia suele ser aparte.",
    },
    keywords: {
      en: ["vaginal birth", "childbirth", "having a baby", "labor and delivery", "prenatal care"],
      es: ["parto", "parto normal", "parto vaginal", "dar a luz", "atención prenatal"],
    },
  },
  {
    slug: "cesarean-delivery-with-care",
    category: "medicine-surgery",
    codes: cpt("59510"),
    name: { en: "C-section delivery with prenatal and postpartum care", es: "Cesárea con atención prenatal y posparto" },
    description: {
      en: "The doctor's care for a whole pregnancy: routine prenatal visits, the birth by cesarean section (surgery through the belly), and the checkups after the baby is born. The hospital's charge for the stay is usually separate.",
      es: "La atención del médico durante todo el embarazo: las consultas prenatales de rutina, el nacimiento por cesárea (cirugía por el abdomen) y las revisiones después del parto. El cargo del hospital por la estancia suele ser aparte.",
    },
    keywords: {
      en: ["c-section", "c section", "cesarean", "caesarean", "having a baby"],
      es: ["cesárea", "parto por cesárea", "dar a luz", "atención prenatal"],
    },
  },
  {
    slug: "vbac-delivery-with-care",
    category: "medicine-surgery",
    codes: cpt("59610"),
    name: { en: "Vaginal birth after C-section (VBAC), with care", es: "Parto vaginal después de cesárea (VBAC), con atención" },
    description: {
      en: "The doctor's care for a whole pregnancy for someone who had a C-section before and now gives birth vaginally, including prenatal visits, the birth and the checkups afterward.",
      es: "La atención del médico durante todo el embarazo para alguien que tuvo una cesárea antes y ahora da a luz por parto vaginal, incluidas las consultas prenatales, el parto y las revisiones después.",
    },
    keywords: {
      en: ["vbac", "vaginal birth after cesarean", "birth after c-section", "having a baby"],
      es: ["vbac", "parto vaginal después de cesárea", "parto después de cesárea", "dar a luz"],
    },
  },
  {
    slug: "lumbar-epidural-injection",
    category: "medicine-surgery",
    codes: cpt("62322", "62323"),
    setting: "outpatient",
    name: { en: "Lower back epidural steroid injection", es: "Inyección epidural de esteroides en la espalda baja" },
    description: {
      en: "A shot of steroid or numbing medicine into the space around the spinal nerves in the lower back, for back or leg pain such as sciatica, with or without X-ray or CT guidance. This is not the epidural used during childbirth.",
      es: "Una inyección de esteroides o anestesia en el espacio alrededor de los nervios de la parte baja de la columna, para dolor de espalda o de pierna como la ciática, con o sin guía de rayos X o tomografía. No es la epidural que se usa durante el parto.",
    },
    keywords: {
      en: ["epidural steroid injection", "back injection", "lumbar epidural", "esi", "sciatica"],
      es: ["inyección epidural", "inyección en la espalda", "inyección de esteroides", "ciática"],
    },
  },
  {
    slug: "lumbar-nerve-root-injection",
    category: "medicine-surgery",
    codes: cpt("64483"),
    setting: "outpatient",
    name: { en: "Lower back nerve root steroid injection", es: "Inyección de esteroides en la raíz nerviosa lumbar" },
    description: {
      en: "Steroid and numbing medicine injected next to one nerve where it leaves the lower spine, guided by X-ray or CT, to relieve pinched-nerve pain that runs down the leg.",
      es: "Una inyección de esteroides y anestesia junto a un nervio donde sale de la parte baja de la columna, guiada por rayos X o tomografía, para aliviar el dolor por un nervio comprimido que baja por la pierna.",
    },
    keywords: {
      en: ["nerve root injection", "transforaminal injection", "nerve block", "back injection", "sciatica"],
      es: ["bloqueo de nervio", "inyección transforaminal", "inyección en la espalda", "ciática", "nervio pinzado"],
    },
  },
  {
    slug: "laser-after-cataract-surgery",
    category: "medicine-surgery",
    codes: cpt("66821"),
    setting: "outpatient",
    name: { en: "Laser for cloudy vision after cataract surgery (YAG)", es: "Láser para visión nublada después de cataratas (YAG)" },
    description: {
      en: "Months or years after cataract surgery, the thin membrane behind the new lens can turn cloudy. A quick laser treatment opens it up and clears the vision.",
      es: "Meses o años después de la cirugía de cataratas, la membrana delgada detrás del lente nuevo puede nublarse. Un tratamiento rápido con láser la abre y aclara la vista.",
    },
    keywords: {
      en: ["yag laser", "yag capsulotomy", "secondary cataract", "laser eye treatment"],
      es: ["láser yag", "capsulotomía", "catarata secundaria", "láser en el ojo"],
    },
  },
  {
    slug: "cataract-surgery",
    category: "medicine-surgery",
    codes: cpt("66984"),
    setting: "outpatient",
    name: { en: "Cataract surgery with lens implant", es: "Cirugía de cataratas con implante de lente" },
    description: {
      en: "The cloudy natural lens of the eye is removed and replaced with a clear artificial lens, usually in under an hour with numbing drops and light sedation. It is done one eye at a time.",
      es: "Se quita el lente natural del ojo que está nublado y se reemplaza con un lente artificial transparente, por lo general en menos de una hora con gotas anestésicas y sedación ligera. Se opera un ojo a la vez.",
    },
    keywords: {
      en: ["cataract surgery", "cataract", "lens replacement", "eye surgery"],
      es: ["cirugía de cataratas", "cataratas", "operación de cataratas", "lente intraocular"],
    },
  },
  {
    slug: "electrocardiogram",
    category: "medicine-surgery",
    codes: cpt("93000"),
    setting: "outpatient",
    name: { en: "Electrocardiogram (ECG/EKG)", es: "Electrocardiograma (ECG)" },
    description: {
      en: "A quick, painless test that records the heart's electrical activity through stickers on the chest, arms and legs. It includes the tracing and a doctor's reading of it.",
      es: "Una prueba rápida y sin dolor que registra la actividad eléctrica del corazón con parches en el pecho, los brazos y las piernas. Incluye el trazo y la interpretación de un médico.",
    },
    keywords: {
      en: ["ekg", "ecg", "electrocardiogram", "heart test", "heart rhythm test"],
      es: ["electrocardiograma", "ecg", "electro", "prueba del corazón"],
    },
  },
  {
    slug: "left-heart-catheterization",
    category: "medicine-surgery",
    codes: cpt("93452"),
    name: { en: "Left heart catheterization", es: "Cateterismo del lado izquierdo del corazón" },
    description: {
      en: "A thin tube is threaded through a blood vessel in the wrist or groin to the left side of the heart to measure pressures and take X-ray pictures of how it pumps. Pictures of the heart's own arteries (a coronary angiogram) are a different service.",
      es: "Se pasa un tubo delgado por un vaso sanguíneo de la muñeca o la ingle hasta el lado izquierdo del corazón para medir presiones y tomar imágenes de rayos X de cómo bombea. Las imágenes de las arterias del corazón (angiografía coronaria) son otro servicio.",
    },
    keywords: {
      en: ["heart cath", "cardiac catheterization", "cardiac cath", "heart catheterization"],
      es: ["cateterismo cardíaco", "cateterismo del corazón", "cateterismo"],
    },
  },
  {
    slug: "sleep-study",
    category: "medicine-surgery",
    codes: cpt("95810"),
    setting: "outpatient",
    name: { en: "Overnight sleep study", es: "Estudio del sueño de una noche" },
    description: {
      en: "You sleep overnight at a sleep lab while sensors record brain waves, breathing, oxygen, heart rhythm and movement, with a technologist watching. Used to diagnose sleep apnea and other sleep disorders.",
      es: "Usted duerme una noche en un laboratorio del sueño mientras unos sensores registran las ondas cerebrales, la respiración, el oxígeno, el ritmo del corazón y los movimientos, con un técnico vigilando. Se usa para diagnosticar la apnea del sueño y otros trastornos del sueño.",
    },
    keywords: {
      en: ["sleep study", "sleep apnea test", "sleep test", "polysomnography"],
      es: ["estudio del sueño", "apnea del sueño", "polisomnografía", "prueba del sueño"],
    },
  },
  {
    slug: "physical-therapy-exercise",
    category: "medicine-surgery",
    codes: cpt("97110"),
    setting: "outpatient",
    name: { en: "Physical therapy exercises (per 15 min)", es: "Ejercicios de terapia física (cada 15 min)" },
    description: {
      en: "Exercises guided by a physical therapist to build strength, flexibility and range of motion after an injury, surgery or illness. It is billed in 15-minute units, so one session often counts several.",
      es: "Ejercicios guiados por un terapeuta físico para recuperar fuerza, flexibilidad y movimiento después de una lesión, una cirugía o una enfermedad. Se cobra por periodos de 15 minutos, así que una sesión suele incluir varios.",
    },
    keywords: {
      en: ["physical therapy", "pt", "rehab", "therapeutic exercise", "physiotherapy"],
      es: ["terapia física", "fisioterapia", "rehabilitación", "ejercicios terapéuticos"],
    },
  },

  // --- Inpatient stays by MS-DRG (5) ----------------------------------------------------------
  {
    slug: "heart-valve-surgery-with-cath-major-complications",
    category: "inpatient-drg",
    codes: drg("216"),
    setting: "inpatient",
    name: {
      en: "Heart valve or major heart surgery with catheterization (major complications)",
      es: "Cirugía mayor o de válvula del corazón con cateterismo (complicaciones graves)",
    },
    description: {
      en: "A hospital stay for heart valve repair or replacement or another major heart operation, when a cardiac catheterization is also done and the patient has a major complication or serious other condition.",
      es: "Una hospitalización por reparación o reemplazo de una válvula del corazón u otra operación mayor del corazón, cuando también se hace un cateterismo cardíaco y el paciente tiene una complicación grave u otra condición seria.",
    },
    keywords: {
      en: ["heart valve replacement", "heart surgery", "open heart surgery", "valve surgery"],
      es: ["cirugía del corazón", "reemplazo de válvula", "cirugía a corazón abierto", "válvula del corazón"],
    },
  },
  {
    slug: "spinal-fusion-not-neck",
    category: "inpatient-drg",
    codes: drg("460"),
    setting: "inpatient",
    name: { en: "Spinal fusion, back (no major complications)", es: "Fusión de columna en la espalda (sin complicaciones graves)" },
    description: {
      en: "A hospital stay for surgery that joins bones of the mid or lower spine so they heal into one, for problems such as instability, a slipped vertebra or severe disc disease, in a patient without major complications.",
      es: "Una hospitalización por una cirugía que une huesos de la parte media o baja de la columna para que sanen como uno solo, por problemas como inestabilidad, una vértebra desplazada o enfermedad grave de los discos, en un paciente sin complicaciones graves.",
    },
    keywords: {
      en: ["spinal fusion", "back surgery", "lumbar fusion", "spine surgery", "back fusion"],
      es: ["fusión de columna", "fusión lumbar", "cirugía de espalda", "cirugía de columna"],
    },
  },
  {
    slug: "hip-knee-replacement",
    category: "inpatient-drg",
    codes: drg("470"),
    setting: "inpatient",
    name: { en: "Hip or knee replacement (no major complications)", es: "Reemplazo de cadera o rodilla (sin complicaciones graves)" },
    description: {
      en: "A hospital stay for replacing a worn-out hip or knee with an artificial joint, or reattaching a leg joint, in a patient without major complications. The price is the hospital's charge for the stay and surgery.",
      es: "Una hospitalización para reemplazar una cadera o rodilla desgastada por una articulación artificial, o para volver a unir una articulación de la pierna, en un paciente sin complicaciones graves. El precio es el cargo del hospital por la estancia y la cirugía.",
    },
    keywords: {
      en: ["knee replacement", "hip replacement", "joint replacement", "total knee", "total hip"],
      es: ["reemplazo de rodilla", "reemplazo de cadera", "prótesis de rodilla", "prótesis de cadera", "reemplazo de articulación"],
    },
  },
  {
    slug: "spinal-fusion-neck",
    category: "inpatient-drg",
    codes: drg("473"),
    setting: "inpatient",
    name: { en: "Spinal fusion, neck (no complications)", es: "Fusión de columna en el cuello (sin complicaciones)" },
    description: {
      en: "A hospital stay for surgery that joins bones in the neck part of the spine, often after removing a damaged disc, in a patient without complications or other serious conditions.",
      es: "Una hospitalización por una cirugía que une huesos de la columna en el cuello, a menudo después de quitar un disco dañado, en un paciente sin complicaciones ni otras condiciones serias.",
    },
    keywords: {
      en: ["neck fusion", "cervical fusion", "acdf", "neck surgery", "spinal fusion"],
      es: ["fusión cervical", "fusión de cuello", "cirugía de cuello", "fusión de columna"],
    },
  },
  {
    slug: "uterus-ovary-surgery-non-cancer",
    category: "inpatient-drg",
    codes: drg("743"),
    setting: "inpatient",
    name: { en: "Uterus or ovary surgery, not for cancer (no complications)", es: "Cirugía de útero u ovarios, no por cáncer (sin complicaciones)" },
    description: {
      en: "A hospital stay for surgery on the uterus, ovaries or fallopian tubes for conditions other than cancer, such as fibroids, endometriosis or heavy bleeding, including hysterectomy, in a patient without complications.",
      es: "Una hospitalización por cirugía del útero, los ovarios o las trompas por condiciones que no son cáncer, como miomas, endometriosis o sangrado abundante, incluida la histerectomía, en una paciente sin complicaciones.",
    },
    keywords: {
      en: ["hysterectomy", "fibroids", "uterus removal", "ovarian cyst surgery", "endometriosis"],
      es: ["histerectomía", "miomas", "fibromas", "quiste de ovario", "extirpación del útero"],
    },
  },
];
