// The proxy's decisions (proxy.ts), as pure functions: which area a path belongs to, where a
// request without a session goes, and which return addresses are acceptable. No database here:
// public requests must not wait for one.

export type Area = "public" | "app" | "admin" | "privateApi";

/** Where sign-in lives, and where it sends people after. */
export const SIGN_IN_PATH = "/sign-in";
export const APP_HOME = "/app";

const MAX_DECODE_ROUNDS = 5;

/**
 * The path as the router will see it, made canonical for matching: percent-decoded (repeatedly,
 * so `%2561pp` is `app` too), backslashes as slashes, dot segments resolved, repeated and
 * trailing slashes dropped, lower case. Next.js's data routes (`/_next/data/<build>/app.json`)
 * count as the page they carry. Something that cannot be decoded is left as it is, which still
 * matches conservatively below.
 */
function fullyDecoded(value: string): string {
  let path = value;
  for (let i = 0; i < MAX_DECODE_ROUNDS; i++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      break;
    }
    if (decoded === path) break;
    path = decoded;
  }
  return path;
}

export function canonicalPath(pathname: string): string {
  let path = fullyDecoded(pathname);
  path = path.replace(/\\/g, "/").replace(/\/{2,}/g, "/");
  // Resolve "." and ".." the way a URL parser does.
  try {
    path = new URL(path.startsWith("/") ? path : `/${path}`, "http://guard.invalid").pathname;
    path = decodeURIComponent(path);
  } catch {
    // keep the path as decoded so far
  }
  path = path.replace(/\/{2,}/g, "/").toLowerCase();
  const data = /^\/_next\/data\/[^/]+(\/.*?)(?:\.json)?$/.exec(path);
  if (data) path = data[1] === "/index" ? "/" : data[1]!;
  if (path.length > 1) path = path.replace(/\/+$/, "");
  return path || "/";
}

function within(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

export function areaOf(pathname: string): Area {
  const path = canonicalPath(pathname);
  if (within(path, "/api/app")) return "privateApi";
  if (within(path, "/admin")) return "admin";
  if (within(path, "/app")) return "app";
  return "public";
}

/**
 * A return address after sign-in, if it is a path on this site: starts with one slash (not
 * `//host` or `/\host`, which browsers treat as another site), no scheme, no control characters,
 * and still on this origin once parsed. Anything else is null (the caller uses APP_HOME).
 */
export function safeCallbackPath(value: string | null | undefined): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  const base = "http://callback.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Decoding must not reveal another site either (`/%2F%2Fevil.example`, `/%5Cevil.example`).
  if (/^[/\\]{2}/.test(fullyDecoded(url.pathname))) return null;
  return path;
}

export type GuardDecision =
  | { kind: "pass" }
  | { kind: "redirect"; location: string }
  | { kind: "unauthorized"; reason?: "two_factor_required" };

/** What the proxy found: a usable session, none, one it just ended (and why), or one waiting for its TOTP code. */
export type SessionStatus = "active" | "none" | "idle" | "ssoRequired" | "twoFactor";

/** Where a person whose TOTP code is still to be checked enters it. */
export const TWO_FACTOR_PATH = `${SIGN_IN_PATH}/two-factor`;

/**
 * What to do with a request for `pathname` (with `search`) given its session (`true`/`false`
 * stand for active/none). Public paths always pass; private pages redirect to sign-in with the
 * page as the return address (and why, when a session was just ended) or to the two-factor page;
 * private APIs answer 401.
 */
export function guardDecision(area: Area, pathname: string, search: string, session: boolean | SessionStatus): GuardDecision {
  const status: SessionStatus = session === true ? "active" : session === false ? "none" : session;
  if (area === "public" || status === "active") return { kind: "pass" };
  if (area === "privateApi") return status === "twoFactor" ? { kind: "unauthorized", reason: "two_factor_required" } : { kind: "unauthorized" };
  const back = safeCallbackPath(`${pathname}${search}`) ?? APP_HOME;
  const query = new URLSearchParams({ callbackUrl: back });
  if (status === "twoFactor") return { kind: "redirect", location: `${TWO_FACTOR_PATH}?${query}` };
  if (status === "idle" || status === "ssoRequired") query.set("reason", status);
  return { kind: "redirect", location: `${SIGN_IN_PATH}?${query}` };
}
