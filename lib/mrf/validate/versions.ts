// CMS template / data dictionary versions and how a file's declared version
// maps onto the rule set it is checked against.

export const SUPPORTED_VERSIONS = ["2.0.0", "2.1.0", "2.2.0", "3.0.0"] as const;
export type SupportedVersion = (typeof SUPPORTED_VERSIONS)[number];

/**
 * Like semver.coerce, which @cmsgov/hpt-validator applies to the version it is
 * given: the first "N", "N.N" or "N.N.N" in the text, padded with zeros
 * ("v3" → "3.0.0", "2.2" → "2.2.0"). Null when the text has no number.
 */
export function coerceVersion(value: string): string | null {
  const m = /(\d{1,16})(?:\.(\d{1,16}))?(?:\.(\d{1,16}))?/.exec(value);
  if (!m) return null;
  return `${Number(m[1])}.${Number(m[2] ?? 0)}.${Number(m[3] ?? 0)}`;
}

export function isSupportedVersion(v: string | null): v is SupportedVersion {
  return v !== null && (SUPPORTED_VERSIONS as readonly string[]).includes(v);
}

/**
 * The dictionary a declared version is checked against: its major.minor, so a
 * patch release such as "2.2.1" (which CMS's own JSON alerts accept as a v2.2
 * template version) follows the 2.2.0 rules. Null for an unknown major.minor.
 */
export function dictionaryFor(declared: string): SupportedVersion | null {
  const coerced = coerceVersion(declared);
  if (coerced === null) return null;
  const [major, minor] = coerced.split(".");
  const version = `${major}.${minor}.0`;
  return isSupportedVersion(version) ? version : null;
}

/**
 * Which rules apply. CMS's validator gates every rule on a semver range of the
 * dictionary version; these flags name the ranges it uses.
 */
export interface VersionRules {
  version: SupportedVersion;
  /** >=2.1.0: the conditional requirements (methodology, min/max, item needs a charge, "other" needs notes). */
  v21: boolean;
  /** >=2.2.0: drug unit/type, modifiers, NDC needs drug information. */
  v22: boolean;
  /** ^2.2.0 (2.2.x only): the estimated allowed amount. */
  only22: boolean;
  /** >=3.0.0: attestation, attester, type 2 NPI, allowed amounts (median, percentiles, count). */
  v3: boolean;
}

export function versionRules(version: SupportedVersion): VersionRules {
  const [major, minor] = version.split(".").map(Number) as [number, number];
  const v21 = major > 2 || minor >= 1;
  const v22 = major > 2 || minor >= 2;
  return { version, v21, v22, only22: major === 2 && minor === 2, v3: major >= 3 };
}

export function unsupportedVersionMessage(declared: string): string {
  return (
    `The version "${declared.length > 40 ? `${declared.slice(0, 39)}…` : declared}" is not a CMS template version this validator knows. ` +
    `Encode one of ${SUPPORTED_VERSIONS.join(", ")} (files made for the current requirements use "3.0.0").`
  );
}
