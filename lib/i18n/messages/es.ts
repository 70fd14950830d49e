// Spanish interface text (US Spanish, for patients: plain words, "usted"). Same keys and
// placeholders as en.ts; the `Messages` type rejects missing or extra keys.
//
// The hospitals' own words (service descriptions, names, payers, plans) are not translated and
// are in English: the text here says so where a patient would search with words.
import type { Messages } from "./en";

export const es: Messages = {
  // ── Vocabulario común ────────────────────────────────────────────────────────────────────
  "common.siteName": "Hospital Priceline",
  "common.goHome": "Ir a la página de inicio",
  "common.notPublished": "Sin publicar",
  "common.none": "Ninguno",
  "common.demoData": "Datos de demostración",
  "common.demoDataTitle": "Un hospital ficticio: sus precios son inventados, solo como demostración",

  "price.gross": "Cargo bruto",
  "price.discountedCash": "Precio en efectivo con descuento",
  "price.negotiated": "Tarifa negociada",
  "price.lowestNegotiated": "Tarifa negociada más baja",
  "price.highestNegotiated": "Tarifa negociada más alta",
  "price.percentOfCharges": "{percent} de los cargos",
  "price.algorithm": "Algoritmo:",

  "setting.label": "Tipo de atención",
  "setting.inpatient": "Paciente hospitalizado",
  "setting.outpatient": "Paciente ambulatorio",
  "setting.both": "Hospitalizado o ambulatorio",

  "billingClass.facility": "Cargo del hospital",
  "billingClass.professional": "Cargo profesional",
  "billingClass.both": "Hospital y profesional",

  "methodology.caseRate": "tarifa por caso",
  "methodology.feeSchedule": "tabla de tarifas",
  "methodology.percentOfCharges": "porcentaje del total de cargos facturados",
  "methodology.perDiem": "tarifa diaria",
  "methodology.other": "otro",

  "fileFormat.csvTall": "CSV (formato largo)",
  "fileFormat.csvWide": "CSV (formato ancho)",
  "fileFormat.json": "JSON",

  // ── Marco del sitio y páginas de error ───────────────────────────────────────────────────
  "meta.description":
    "Compare lo que cobran los hospitales de EE. UU., en efectivo y según la aseguradora, con los archivos de precios que ellos mismos publican.",

  "site.skipToContent": "Saltar al contenido",
  "site.nav.label": "Principal",
  "site.nav.search": "Buscar precios",
  "site.footer.source":
    "Los precios provienen de los archivos de cargos estándar, en formato legible por máquina, que los hospitales de EE. UU. publican según la norma federal de transparencia de precios de hospitales (Hospital Price Transparency, 45 CFR 180). Se muestran tal como los publicó cada hospital; lo que usted pague dependerá de su seguro, de la atención que reciba y de quién se la brinde.",
  "site.footer.demo":
    "Los hospitales marcados como <strong>Datos de demostración</strong> son ficticios y sus precios son inventados; se incluyen solo como demostración.",

  "error.title": "Algo salió mal",
  "error.body":
    "No se pudo cargar esta página, probablemente porque la base de datos de precios no está disponible. Vuelva a intentarlo en unos momentos.",
  "error.retry": "Intentar de nuevo",

  "notFound.title": "Página no encontrada",
  "notFound.body": "No hay ninguna página en esta dirección.",
  "notFound.links": "<home>Vaya a la página de inicio</home> o <search>busque precios</search>.",

  // ── Página de inicio ─────────────────────────────────────────────────────────────────────
  "home.title": "Compare precios de hospitales",
  "home.intro":
    "Vea cuánto cobran los hospitales por un servicio (el precio completo, el precio en efectivo con descuento y las tarifas que negociaron con cada aseguradora) directamente de los archivos de precios que los hospitales están obligados a publicar.",
  "home.terms.heading": "Qué significa cada precio",
  "home.terms.gross": "El precio de lista del hospital, antes de cualquier descuento o seguro.",
  "home.terms.discountedCash": "Lo que el hospital cobra a las personas que pagan en efectivo.",
  "home.terms.negotiated":
    "Lo que el plan de una aseguradora acordó pagar; la tarifa más baja y la más alta muestran el rango entre las aseguradoras.",

  // ── Búsqueda ─────────────────────────────────────────────────────────────────────────────
  "search.meta.title": "Buscar precios",
  "search.title": "Buscar precios de hospitales",
  "search.titleQuery": "Precios de “{q}”",

  "search.form.label": "Búsqueda de precios",
  "search.form.field": "Servicio o código de facturación",
  "search.form.hint":
    "Por ejemplo, {code1}, {code2} o “{words}”. Los hospitales describen sus servicios en inglés.",
  "search.form.submit": "Buscar",

  "search.examples.heading": "Pruebe con un ejemplo",
  "search.examples.brainMri": "Resonancia magnética del cerebro sin contraste",
  "search.examples.jointReplacement": "Reemplazo de cadera o de rodilla",
  "search.examples.kneeReplacement": "Reemplazo de rodilla",
  "search.examples.colonoscopy": "Colonoscopia",
  "search.examples.words": "Buscar “{q}”",

  "search.empty.title": "Cómo buscar",
  "search.empty.body":
    "Escriba un código de facturación, como un código CPT o HCPCS ({cpt}, {hcpcs}), un MS-DRG ({drg}), un código de ingresos (revenue code) o un NDC, o bien describa el servicio con unas pocas palabras en inglés, como “{words}”.",

  "search.noResults.title": "No se encontraron precios de “{q}”",
  "search.noResults.code":
    "Revise que el código esté bien escrito; debe coincidir exactamente (por ejemplo, 70551 y no 7055).",
  "search.noResults.words":
    "Use menos palabras o palabras más cortas: cada palabra debe aparecer en la descripción del hospital, que está en inglés.",
  "search.noResults.synonyms": "Pruebe con otro nombre del servicio, como “{short}” en lugar de “{long}”.",

  "search.error.title": "La búsqueda no está disponible en este momento",
  "search.error.body":
    "No pudimos conectarnos con la base de datos de precios. Vuelva a intentarlo en unos momentos.",

  "search.invalid.title": "Modifique su búsqueda",
  "search.invalid.tooLong": "El texto de búsqueda puede tener como máximo {max} caracteres.",
  "search.invalid.other": "No se puede hacer esta búsqueda. Revise el texto e inténtelo de nuevo.",

  "search.summary.byCode": {
    one: "Se encontró {n} servicio por código de facturación",
    other: "Se encontraron {n} servicios por código de facturación",
  },
  "search.summary.byCodeAtLeast": {
    one: "Se encontró al menos {n} servicio por código de facturación",
    other: "Se encontraron al menos {n} servicios por código de facturación",
  },
  "search.summary.byWords": {
    one: "Se encontró {n} servicio por palabras en las descripciones de los hospitales",
    other: "Se encontraron {n} servicios por palabras en las descripciones de los hospitales",
  },
  "search.summary.byWordsAtLeast": {
    one: "Se encontró al menos {n} servicio por palabras en las descripciones de los hospitales",
    other: "Se encontraron al menos {n} servicios por palabras en las descripciones de los hospitales",
  },
  "search.summary.showing": {
    one: "; se muestra el que ofrecen más hospitales.",
    other: "; se muestran los {n} que ofrecen más hospitales.",
  },
  "search.summary.end": ".",
  "search.demoNotice.title": "Incluye datos de demostración",
  "search.demoNotice.body":
    "Los hospitales marcados como <strong>Datos de demostración</strong> son ficticios y sus precios son inventados. Se incluyen para mostrar cómo funciona la búsqueda.",
  "search.results.label": "Servicios",
  "search.results.json": "Para desarrolladores: <link>estos resultados en formato JSON</link>.",

  "search.service.hospital": "Hospital",
  "search.service.caption": "Precios de {service} por hospital, en dólares estadounidenses",
  "search.service.captionWithCode": "Precios de {service} ({code}) por hospital, en dólares estadounidenses",
  "search.service.cardsLabel": "Precios de {service} por hospital",
  "search.service.listedBy": { one: "Lo ofrece {n} hospital", other: "Lo ofrecen {n} hospitales" },
  "search.service.modifiers": "Modificadores: {modifiers}",
  "search.service.truncated": {
    one: "Se muestra {n} resultado; hay más hospitales que ofrecen este servicio.",
    other: "Se muestran {n} resultados; hay más hospitales que ofrecen este servicio.",
  },
  "search.service.ratesHeading": "Tarifas negociadas con las aseguradoras",
  "search.service.noRates":
    "Ninguno de estos hospitales publicó tarifas de aseguradoras específicas para este servicio.",

  // ── Tarifas de las aseguradoras ──────────────────────────────────────────────────────────
  "rates.insurer": "Aseguradora",
  "rates.plan": "Plan",
  "rates.method": "Método",
  "rates.caption": "Tarifas negociadas de {service} en {hospital}",
  "rates.summary": {
    one: "{hospital}: {n} tarifa de aseguradora",
    other: "{hospital}: {n} tarifas de aseguradoras",
  },
  "rates.allPlans": "Todos los planes",
  "rates.notStated": "No se indica",
  "rates.truncated": "Este hospital publica más tarifas de las que se muestran aquí.",

  // ── Página del hospital ──────────────────────────────────────────────────────────────────
  "hospital.meta.demoTitle": "{name} (datos de demostración)",
  "hospital.demoNotice":
    "Este es un hospital ficticio del conjunto de datos de demostración. Su nombre, sus ubicaciones y sus precios son inventados.",
  "hospital.locations.heading": "Ubicaciones",
  "hospital.locations.none": "No se publicaron ubicaciones.",
  "hospital.identifiers.heading": "Licencia e identificadores",
  "hospital.identifiers.license": "Licencia",
  "hospital.identifiers.npis": "NPI de tipo 2",
  "hospital.file.heading": "Archivo de precios",
  "hospital.file.none": "Todavía no se ha cargado ningún archivo de precios de este hospital.",
  "hospital.file.lastUpdated": "Última actualización del hospital",
  "hospital.file.cmsVersion": "Versión de la plantilla de CMS",
  "hospital.file.format": "Formato",
  "hospital.file.contents": "Conceptos y filas",
  "hospital.file.items": { one: "{n} concepto", other: "{n} conceptos" },
  "hospital.file.rows": { one: "{n} fila", other: "{n} filas" },
  "hospital.file.source": "Fuente",
  "hospital.services.heading": "Servicios y precios",
  "hospital.services.intro": {
    one: "{n} servicio, en el orden del archivo del hospital, {size} por página. Seleccione un código para compararlo con otros hospitales y ver la tarifa de cada aseguradora.",
    other:
      "{n} servicios, en el orden del archivo del hospital, {size} por página. Seleccione un código para compararlo con otros hospitales y ver la tarifa de cada aseguradora.",
  },
  "hospital.services.caption": "Servicios y precios en {name}, en dólares estadounidenses",
  "hospital.services.service": "Servicio",
  "hospital.services.codes": "Códigos",
  "hospital.services.compare": "Comparar {type} {code} entre hospitales",
  "hospital.services.pages": "Páginas de servicios",
  "hospital.services.firstPage": "Primera página",
  "hospital.services.nextPage": "Página siguiente",
  "hospital.services.noMore": "No hay más servicios. <link>Volver a la primera página</link>",
  "hospital.notFound.title": "Hospital no encontrado",
  "hospital.notFound.body":
    "No tenemos ningún hospital en esta dirección. Es posible que haya cambiado de nombre o que el enlace esté mal escrito.",
  "hospital.notFound.search": "<link>Busque precios</link> para encontrar hospitales que ofrezcan un servicio.",
};
