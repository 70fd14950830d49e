// Sign-in settings from the environment (README, "Configuration"). Pure functions of `env`, so
// tests can check every default and refusal without starting Auth.js.
import { siteUrl } from "../site";

/**
 * The secret used when AUTH_SECRET is unset outside production. It is public (it is in the
 * source), so production refuses it: anyone who knows it could forge Auth.js's signed values.
 */
export const DEVELOPMENT_AUTH_SECRET = "hospital-priceline-development-secret-do-not-use-in-production";

/** The SMTP sink address `npm run dev` / `npm start` fall back to when SMTP_URL is unset (scripts/run-next.ts). */
export const DEFAULT_SMTP_URL = "smtp://127.0.0.1:2525";

export const DEFAULT_EMAIL_FROM = "Hospital Priceline <no-reply@localhost>";

export class AuthConfigurationError extends Error {
  override name = "AuthConfigurationError";
}

const isProduction = (env: NodeJS.ProcessEnv) => env.NODE_ENV === "production";

/** AUTH_SECRET; the development default outside production; in production, at least 32 characters and never the default. */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.AUTH_SECRET?.trim();
  if (!isProduction(env)) return secret || DEVELOPMENT_AUTH_SECRET;
  if (!secret) {
    throw new AuthConfigurationError("AUTH_SECRET is not set. Generate one with `openssl rand -base64 33` and set it.");
  }
  if (secret === DEVELOPMENT_AUTH_SECRET) {
    throw new AuthConfigurationError("AUTH_SECRET is the public development default, which production refuses.");
  }
  if (secret.length < 32) {
    throw new AuthConfigurationError("AUTH_SECRET is shorter than 32 characters.");
  }
  return secret;
}

/** The SMTP server magic links go through: SMTP_URL (smtp:// or smtps://, credentials in the URL). */
export function smtpUrl(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.SMTP_URL?.trim() || DEFAULT_SMTP_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AuthConfigurationError(`SMTP_URL is not a URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new AuthConfigurationError(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  }
  return value;
}

export function emailFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.EMAIL_FROM?.trim() || DEFAULT_EMAIL_FROM;
}

/**
 * The address Auth.js builds its URLs (and the magic links) from: AUTH_URL, else the site's
 * address (SITE_URL…). Fixed by configuration rather than taken from the request's Host header,
 * so a forged Host cannot make the email link point at another site.
 */
export function authUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.AUTH_URL?.trim() || siteUrl(env)).replace(/\/+$/, "");
}

/** Cookies are Secure (and __Secure- prefixed) when the app is served over https. */
export function usesSecureCookies(env: NodeJS.ProcessEnv = process.env): boolean {
  return new URL(authUrl(env)).protocol === "https:";
}

/** Magic links are valid this long, and once. */
export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;

/** A session lasts this long without use (Auth.js extends it as it is used). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
