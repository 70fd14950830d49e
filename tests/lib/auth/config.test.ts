import { describe, expect, it } from "vitest";
import { AuthConfigurationError, DEVELOPMENT_AUTH_SECRET, authSecret, authUrl, emailFrom, smtpUrl, usesSecureCookies } from "@/lib/auth/config";

const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv;

describe("authSecret", () => {
  it("uses AUTH_SECRET, and the development default outside production", () => {
    expect(authSecret({ NODE_ENV: "development", AUTH_SECRET: "s".repeat(40) })).toBe("s".repeat(40));
    expect(authSecret(env({ NODE_ENV: "development" }))).toBe(DEVELOPMENT_AUTH_SECRET);
    expect(authSecret(env({ NODE_ENV: "test", AUTH_SECRET: " " }))).toBe(DEVELOPMENT_AUTH_SECRET);
  });

  it("refuses a missing, default or short secret in production", () => {
    expect(() => authSecret(env({ NODE_ENV: "production" }))).toThrow(AuthConfigurationError);
    expect(() => authSecret(env({ NODE_ENV: "production", AUTH_SECRET: DEVELOPMENT_AUTH_SECRET }))).toThrow(/development default/);
    expect(() => authSecret(env({ NODE_ENV: "production", AUTH_SECRET: "short" }))).toThrow(/32/);
    expect(authSecret({ NODE_ENV: "production", AUTH_SECRET: "p".repeat(44) })).toBe("p".repeat(44));
  });
});

describe("mail settings", () => {
  it("takes SMTP_URL, defaulting to the local sink, and refuses other schemes", () => {
    expect(smtpUrl(env({}))).toBe("smtp://127.0.0.1:2525");
    expect(smtpUrl(env({ SMTP_URL: "smtps://user:pw@mail.example:465" }))).toBe("smtps://user:pw@mail.example:465");
    expect(() => smtpUrl(env({ SMTP_URL: "http://mail.example" }))).toThrow(AuthConfigurationError);
    expect(() => smtpUrl(env({ SMTP_URL: "not a url" }))).toThrow(AuthConfigurationError);
  });

  it("takes EMAIL_FROM", () => {
    expect(emailFrom(env({ EMAIL_FROM: "Prices <prices@example.org>" }))).toBe("Prices <prices@example.org>");
    expect(emailFrom(env({}))).toMatch(/no-reply/);
  });
});

describe("the sign-in address and cookies", () => {
  it("comes from AUTH_URL, else the site's address, never from a request", () => {
    expect(authUrl(env({ AUTH_URL: "https://prices.example/" }))).toBe("https://prices.example");
    expect(authUrl(env({ SITE_URL: "https://site.example" }))).toBe("https://site.example");
    expect(authUrl(env({ PORT: "3300" }))).toBe("http://localhost:3300");
  });

  it("makes cookies Secure exactly when served over https", () => {
    expect(usesSecureCookies(env({ AUTH_URL: "https://prices.example" }))).toBe(true);
    expect(usesSecureCookies(env({ AUTH_URL: "http://localhost:3000" }))).toBe(false);
  });
});
