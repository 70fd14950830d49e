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
  "search.examples.allServices": "O elija entre los {n} servicios comunes a los que los hospitales deben poner precio",

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
  "search.invalid.location.empty": "Escriba un código postal o una ciudad y un estado, como 78701 o Austin, TX.",
  "search.invalid.location.invalid_zip": "Un código postal tiene 5 dígitos, como 78701. Revise «{place}» o escriba una ciudad y un estado.",
  "search.invalid.location.unknown_zip": "No conocemos el código postal de «{place}». Revíselo o escriba una ciudad y un estado, como Austin, TX.",
  "search.invalid.location.unknown_state": "No reconocemos el estado en «{place}». Use su código de dos letras o su nombre, como TX o Texas.",
  "search.invalid.location.unknown_city": "No encontramos «{place}». Revise la ortografía o escriba un código postal.",
  "search.invalid.location.state_only": "«{place}» es un estado entero. Añada una ciudad (como «Austin, TX») o escriba un código postal.",
  "search.invalid.location.ambiguous": "«{place}» puede ser más de un lugar. Añada el estado después de una coma.",
  "search.invalid.location.unrecognized": "No reconocemos «{place}» como un lugar. Escriba un código postal o una ciudad y un estado, como 78701 o Austin, TX.",
  "search.invalid.location.suggest": "¿Quiso decir {places}?",

  "search.loading": "Buscando los precios de los hospitales…",
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
  "search.service.showMore": "Mostrar más hospitales",
  "search.service.seeAll": "Ver los precios de {code} en todos los hospitales, con las tarifas de las aseguradoras",
  "search.service.narrow": "Para ver otros hospitales, busque cerca de un código postal o una ciudad, o elija un estado.",
  "search.summary.moreServices": "Mostrar más servicios",
  "search.listing.report": "Reportar un precio incorrecto<sr> en {hospital}</sr>",
  "search.service.ratesHeading": "Tarifas negociadas con las aseguradoras",
  "search.service.noRates":
    "Ninguno de estos hospitales publicó tarifas de aseguradoras específicas para este servicio.",

  "search.summary.byService": { one: "{n} servicio encontrado para {name}", other: "{n} servicios encontrados para {name}" },
  "search.corrections": "Ninguna descripción usa “{word}”; se muestran resultados para {used}.",
  "search.titleService": "Precios de {name}",

  "search.filters.summary": "Ubicación, aseguradora y otros filtros",
  "search.filters.active": { one: "{n} filtro activo", other: "{n} filtros activos" },
  "search.filters.location": "Cerca de (código postal o ciudad, estado)",
  "search.filters.locationHint": "Por ejemplo 78701 o Austin, TX.",
  "search.filters.radius": "A menos de",
  "search.filters.radiusMiles": { one: "{n} milla", other: "{n} millas" },
  "search.filters.state": "Estado",
  "search.filters.anyState": "Cualquier estado",
  "search.filters.payer": "Aseguradora",
  "search.filters.payerHint": "Basta con parte del nombre, por ejemplo Aetna o Blue Cross.",
  "search.filters.plan": "Plan",
  "search.filters.onlyAt": "Solo en {hospital}",
  "search.filters.setting": "Tipo de atención",
  "search.filters.anySetting": "Cualquier tipo de atención",
  "search.filters.price": "Precio para comparar",
  "search.filters.price.cash": "Precio en efectivo",
  "search.filters.price.negotiated": "Tarifa de la aseguradora",
  "search.filters.price.gross": "Cargo bruto",
  "search.filters.sort": "Ordenar hospitales por",
  "search.filters.sort.relevance": "Nombre del hospital",
  "search.filters.sort.price": "Precio más bajo primero",
  "search.filters.sort.distance": "Más cercano primero",
  "search.filters.apply": "Aplicar filtros",
  "search.filters.clear": "Quitar filtros",
  "search.filters.near": "Hospitales a menos de {radius} de {place}",

  "search.listing.price.cash": "Precio en efectivo",
  "search.listing.price.gross": "Cargo bruto",
  "search.listing.price.median": "Tarifa típica de las aseguradoras (mediana)",
  "search.listing.price.payer": "Tarifa de {payer}",
  "search.listing.price.payerPlan": "Tarifa de {payer} · {plan}",
  "search.listing.price.none": "No se publicó ese precio",
  "search.listing.noPayerRate": "No hay una tarifa publicada para “{payer}”",
  "search.listing.spread": "Tarifas de aseguradoras: de {min} a {max} (mediana {median}, {n} aseguradoras)",
  "search.listing.spreadOne": "Una tarifa de aseguradora: {amount}",
  "search.listing.distance": "a {miles}",
  "search.listing.dataDate": "Precios al {date}",
  "search.listing.source": "archivo de origen",
  "search.listing.compare": "Comparar {hospital}",
  "search.listing.compareButton": "Comparar los hospitales marcados",
  "search.listing.compareHint": "Marque de dos a cinco hospitales para verlos lado a lado.",
  "search.pay.heading": "Lo que usted podría pagar en realidad",
  "search.pay.body":
    "Con seguro, por lo general usted paga una parte de la tarifa de la aseguradora: su deducible, copago o coseguro, según su plan. Sin seguro, pida el precio en efectivo y un presupuesto de buena fe por escrito antes de su cita. Los honorarios de los médicos, la anestesia y la atención posterior pueden facturarse aparte. Los precios son los que publicó el hospital y pueden cambiar.",
  "search.rates.allowed": "Pagado el último año",
  "search.rates.allowedValue": "mediana {median} (percentil 10–90: {p10}–{p90})",
  "search.rates.allowedCount": "Según {count} reclamos",
  "search.rates.percentExplained": "La aseguradora paga el {percent} de los cargos del hospital{estimate}.",
  "search.rates.percentEstimate": ", unos {amount} del cargo bruto de {gross}",
  "search.rates.algorithmExplained": "La tarifa se calcula con una fórmula del contrato, no es un monto fijo.",
  "search.rates.notes": "Notas",

  "compare.meta.title": "Comparar {service}",
  "compare.title": "Comparar {service}",
  "compare.subtitle": { one: "en {n} hospital", other: "en {n} hospitales" },
  "compare.invalid.title": "Elija qué comparar",
  "compare.invalid.service": "Elija un servicio para comparar (un código de facturación como CPT:70551).",
  "compare.invalid.hospitals": "Elija de {min} a {max} hospitales para comparar.",
  "compare.back": "Volver a la búsqueda",
  "compare.unknown": { one: "No se encontró este hospital: {list}.", other: "No se encontraron estos hospitales: {list}." },
  "compare.notListed": "{hospital} no incluye este servicio en su archivo de precios actual.",
  "compare.chart.title": "Tarifas de aseguradoras en cada hospital",
  "compare.chart.noRates": "sin tarifas de aseguradoras en dólares",
  "compare.chart.rates": "tarifas de aseguradoras",
  "compare.chart.median": "mediana",
  "compare.chart.cash": "precio en efectivo",
  "compare.chart.describe": {
    zero: "{hospital}: sin tarifas de aseguradoras en dólares",
    one: "{hospital}: una tarifa de aseguradora, {min}",
    other: "{hospital}: {n} tarifas de aseguradoras de {min} a {max}, mediana {median}",
  },
  "compare.table.caption": "{service}: precios en cada hospital, en dólares estadounidenses",
  "compare.table.hospital": "Hospital",
  "compare.table.rates": "Tarifas de aseguradoras",
  "compare.payerFilter": "Se muestra la tarifa de “{payer}” en cada hospital.",

  "og.footer": "Precios de hospitales, tal como los publican",
  "og.noResults": "No se encontraron precios",
  "og.hospitals": { one: "En {n} hospital", other: "En {n} hospitales" },
  "og.cashRange": "Precios en efectivo de {min} a {max}",
  "og.rateRange": "Tarifas de aseguradoras de {min} a {max}",
  "og.compareLine": "{hospital}: {price}",
  "og.noPrice": "sin precio publicado",

  "services.meta.title": "Servicios comunes",
  "services.title": "Servicios comunes",
  "services.intro":
    "Los CMS, la agencia federal responsable de la transparencia de precios de los hospitales, señalan 70 servicios “comparables” que los pacientes pueden planificar. Elija uno para ver cuánto cobran los hospitales.",
  "services.codes": { one: "Código {list}", other: "Códigos {list}" },
  "services.link": "Precios de {name}",
  "services.nav": "Servicios comunes",

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
  "hospital.file.stale":
    "Este archivo se actualizó por última vez hace más de un año. CMS exige que los hospitales actualicen su archivo de precios al menos una vez al año, así que algunos precios pueden estar desactualizados.",
  "hospital.compliance.heading": "Revisión de las reglas de CMS",
  "hospital.compliance.intro":
    "Al cargar este archivo el {date}, lo revisamos con las reglas de transparencia de precios de CMS para la versión {version} de la plantilla.",
  "hospital.compliance.none": "No tenemos registro de una revisión de reglas para este archivo.",
  "hospital.compliance.clean.title": "No se encontraron problemas",
  "hospital.compliance.clean.body": "El archivo cumple todas las reglas de CMS que revisamos.",
  "hospital.compliance.found.title": "Se encontraron problemas",
  "hospital.compliance.errors": { one: "{n} error", other: "{n} errores" },
  "hospital.compliance.alerts": { one: "{n} alerta", other: "{n} alertas" },
  "hospital.compliance.found.body":
    "{errors} y {alerts}. Los errores incumplen una regla de CMS; las alertas son aspectos que CMS pide a los hospitales corregir.",
  "hospital.compliance.setAside": {
    one: "{n} fila incumplía una regla y se apartó: sus precios no se muestran aquí.",
    other: "{n} filas incumplían una regla y se apartaron: sus precios no se muestran aquí.",
  },
  "hospital.compliance.caption": "Problemas encontrados en el archivo de precios, por regla de CMS",
  "hospital.compliance.rule": "Regla",
  "hospital.compliance.kind": "Tipo",
  "hospital.compliance.kind.error": "Error",
  "hospital.compliance.kind.alert": "Alerta",
  "hospital.compliance.count": "Veces",
  "hospital.compliance.first": "Primera vez en",
  "hospital.compliance.at.rowColumn": "Fila {row}, columna {column}",
  "hospital.compliance.at.row": "Fila {row}",
  "hospital.compliance.more": { one: "…y {n} regla más.", other: "…y {n} reglas más." },
  "hospital.compliance.attested": "El hospital declara que el archivo es verdadero, exacto y completo.",
  "hospital.compliance.attestedBy": "El hospital declara que el archivo es verdadero, exacto y completo (declarado por {name}).",
  "hospital.compliance.notAttested": "El archivo del hospital no declara que sea verdadero, exacto y completo.",
  "hospital.compliance.noAttestation": "El archivo no incluye la declaración del hospital.",
  "hospital.services.heading": "Servicios y precios",
  "hospital.services.search": "Busque un servicio en este hospital:",
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

  // ── Comentarios: "¿Le resultó útil?" y "Reportar un precio incorrecto" ───────────────────
  "feedback.section.heading": "Ayúdenos a mejorar",
  "feedback.helpful.question": "¿Le resultó útil?",
  "feedback.helpful.yes": "Sí",
  "feedback.helpful.no": "No mucho",
  "feedback.helpful.comment.label": "¿Quiere decirnos algo más? (opcional)",
  "feedback.helpful.comment.hint": "No incluya información personal ni de salud. Hasta {max} caracteres.",
  "feedback.helpful.submit": "Enviar comentarios",
  "feedback.helpful.thanks": "Gracias por sus comentarios.",
  "feedback.report.toggle": "Reportar un precio incorrecto",
  "feedback.report.intro":
    "Díganos qué precio de {hospital} parece incorrecto. Revisamos cada reporte con el archivo de precios que publicó el hospital.",
  "feedback.report.service.label": "Servicio o código de facturación",
  "feedback.report.service.hint": "Por ejemplo, CPT 70551, o el nombre del servicio tal como aparece.",
  "feedback.report.service.fixed": "Servicio: {service}",
  "feedback.report.shownPrice.label": "Precio que aparece (opcional)",
  "feedback.report.shownPrice.hint": "Por ejemplo, precio en efectivo con descuento de $1,250.00.",
  "feedback.report.shownPrice.fixed": "Precio que aparece: {price}",
  "feedback.report.message.label": "¿Qué está mal o cuál es el precio correcto?",
  "feedback.report.message.hint": "Hasta {max} caracteres. No incluya información de salud.",
  "feedback.report.email.label": "Correo electrónico (opcional)",
  "feedback.report.email.hint": "Solo si desea una respuesta. No lo usamos para nada más.",
  "feedback.report.submit": "Enviar reporte",
  "feedback.report.thanks": "Gracias. Recibimos su reporte y revisaremos este precio.",
  "feedback.form.honeypot": "Deje este campo vacío",
  "feedback.form.sending": "Enviando…",
  "feedback.form.rateLimited": {
    one: "Ha enviado varios mensajes en poco tiempo. Vuelva a intentarlo en {n} minuto.",
    other: "Ha enviado varios mensajes en poco tiempo. Vuelva a intentarlo en {n} minutos.",
  },
  "feedback.form.serverError": "No pudimos enviar su mensaje en este momento. Vuelva a intentarlo más tarde.",
  "feedback.error.form": "No se pudo enviar este formulario. Vuelva a cargar la página e inténtelo de nuevo.",
  "feedback.error.helpfulRequired": "Elija “Sí” o “No mucho”.",
  "feedback.error.tooLong": "Use {max} caracteres como máximo.",
  "feedback.error.serviceRequired": "Escriba el servicio o su código de facturación.",
  "feedback.error.messageRequired": "Díganos qué está mal o cuál es el precio correcto.",
  "feedback.error.email": "Escriba un correo electrónico como nombre@ejemplo.com o deje el campo vacío.",
};
