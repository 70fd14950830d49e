// SQL for reading the payer charges that standard_charges keeps as parallel
// arrays (docs/adr/0006) as ordinary rows.

/** The payer-charge columns `payerChargeRows` yields, in order. */
export const PAYER_CHARGE_FIELDS = [
  "plan_no",
  "negotiated_dollar",
  "negotiated_percentage",
  "negotiated_algorithm",
  "methodology",
  "median_amount",
  "percentile_10",
  "percentile_90",
  "allowed_count",
  "notes",
  "position",
] as const;

/**
 * A set-returning expression with one row per payer charge of the standard
 * charge aliased `sc`, columns PAYER_CHARGE_FIELDS (`position` counts from 1).
 * Use as `LEFT JOIN LATERAL ${payerChargeRows("sc")} ON true`: a charge without
 * payers then yields one row of NULLs. An all-NULL array reads as NULLs.
 */
export function payerChargeRows(sc: string, as = "pc"): string {
  return `unnest(${sc}.plan_nos, ${sc}.negotiated_dollars, ${sc}.negotiated_percentages, ${sc}.negotiated_algorithms,
    ${sc}.methodologies, ${sc}.median_amounts, ${sc}.percentiles_10, ${sc}.percentiles_90, ${sc}.allowed_counts,
    ${sc}.payer_notes) WITH ORDINALITY AS ${as}(${PAYER_CHARGE_FIELDS.join(", ")})`;
}

/** Joins the payer and plan names of the payer charges aliased `pc` of the standard charge `sc`. */
export function payerPlanJoin(sc: string, pc = "pc", as = "pp"): string {
  return `LEFT JOIN payer_plans ${as} ON ${as}.hospital_id = ${sc}.hospital_id AND ${as}.mrf_file_id = ${sc}.mrf_file_id AND ${as}.plan_no = ${pc}.plan_no`;
}
