// The national payer list of the search benchmark's sample (bench:search).
//
// Every payer and plan name is made up (none is a real insurer). Each hospital
// contracts with a few of them: 5 to 20 payer/plan pairs, drawn with the
// hospital's own seeded stream, so the same plans turn up at many hospitals as
// they do nationally.
import { NATIONAL_PAYERS, type PayerDef } from "../../lib/mrf/generator/hospitals";

// Typical payment levels as a fraction of chargemaster prices (as in the demo generator).
const COMMERCIAL = [0.42, 0.66] as const;
const MANAGED = [0.36, 0.55] as const;
const MEDICARE_ADV = [0.22, 0.34] as const;
const MEDICAID = [0.15, 0.27] as const;
const MARKETPLACE = [0.3, 0.45] as const;

const plans = (...list: [string, readonly [number, number]][]) => list.map(([name, factor]) => ({ name, factor }));

/** The demo set's four national payers, then twenty more fictional ones. */
export const BENCH_PAYERS: readonly PayerDef[] = [
  ...NATIONAL_PAYERS,
  { name: "Bluewater Health Alliance", plans: plans(["Alliance PPO", COMMERCIAL], ["Alliance HMO", MANAGED], ["Medicare Advantage PPO", MEDICARE_ADV]) },
  { name: "Granite Peak Assurance", plans: plans(["Summit PPO", COMMERCIAL], ["Basecamp EPO", MANAGED]) },
  { name: "Evergreen Commonwealth Health", plans: plans(["Commonwealth PPO", COMMERCIAL], ["Medicaid Managed Care", MEDICAID], ["Marketplace Silver", MARKETPLACE]) },
  { name: "Meridian Oak Insurance", plans: plans(["Oak Choice PPO", COMMERCIAL], ["Oak Select HMO", MANAGED]) },
  { name: "Copperfield Benefit Plans", plans: plans(["Copperfield PPO", COMMERCIAL], ["Copperfield POS", COMMERCIAL], ["Marketplace Bronze", MARKETPLACE]) },
  { name: "Lighthouse Mutual Insurance", plans: plans(["Beacon PPO", COMMERCIAL], ["Medicare Advantage HMO", MEDICARE_ADV]) },
  { name: "Red Canyon Health Plan", plans: plans(["Canyon HMO", MANAGED], ["Medicaid Managed Care", MEDICAID]) },
  { name: "Prairie Wind Health", plans: plans(["Wind PPO", COMMERCIAL], ["Wind EPO", MANAGED], ["Marketplace Silver", MARKETPLACE]) },
  { name: "Amberly Life and Health", plans: plans(["Amberly Open Access", COMMERCIAL], ["Medicare Advantage PPO", MEDICARE_ADV]) },
  { name: "Keystone Valley Health", plans: plans(["Valley PPO", COMMERCIAL], ["Valley HMO", MANAGED]) },
  { name: "Sunridge Health Partners", plans: plans(["Sunridge HMO", MANAGED], ["Sunridge PPO", COMMERCIAL], ["Medicaid Managed Care", MEDICAID]) },
  { name: "Ivory Coast Benefit Trust", plans: plans(["Trust PPO", COMMERCIAL], ["Trust EPO", MANAGED]) },
  { name: "Cardinal Crest Health", plans: plans(["Crest PPO", COMMERCIAL], ["Medicare Advantage HMO", MEDICARE_ADV], ["Marketplace Gold", MARKETPLACE]) },
  { name: "Riverbend Mutual", plans: plans(["Riverbend PPO", COMMERCIAL], ["Riverbend HMO", MANAGED]) },
  { name: "Frontier Plains Assurance", plans: plans(["Frontier PPO", COMMERCIAL], ["Medicaid Managed Care", MEDICAID]) },
  { name: "Willowmere Health Cooperative", plans: plans(["Cooperative HMO", MANAGED], ["Cooperative PPO", COMMERCIAL]) },
  { name: "Stonebridge Employers Health", plans: plans(["Employer PPO", COMMERCIAL], ["High Deductible PPO", COMMERCIAL]) },
  { name: "Harvest Moon Health Plan", plans: plans(["Harvest HMO", MANAGED], ["Medicare Advantage PPO", MEDICARE_ADV]) },
  { name: "Clearwater Family Health", plans: plans(["Family PPO", COMMERCIAL], ["Family EPO", MANAGED], ["Medicaid Managed Care", MEDICAID]) },
  { name: "Pinnacle Trail Insurance", plans: plans(["Trail PPO", COMMERCIAL], ["Marketplace Silver", MARKETPLACE]) },
];

/** Every payer/plan pair of the list. */
export function allPlans(): { payerName: string; planName: string }[] {
  return BENCH_PAYERS.flatMap((p) => p.plans.map((plan) => ({ payerName: p.name, planName: plan.name })));
}
