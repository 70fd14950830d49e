// The proxy's decisions as pure functions: which paths are private however they are spelled,
// and which return addresses sign-in accepts.
import { describe, expect, it } from "vitest";
import { areaOf, canonicalPath, guardDecision, safeCallbackPath } from "@/lib/auth/guard";

describe("areaOf", () => {
  it.each([
    ["/app", "app"],
    ["/app/", "app"],
    ["/app/settings", "app"],
    ["/admin", "admin"],
    ["/admin/organizations", "admin"],
    ["/api/app/me", "privateApi"],
    ["/api/app", "privateApi"],
  ])("%s is %s", (path, area) => {
    expect(areaOf(path)).toBe(area);
  });

  it.each([
    "/",
    "/search",
    "/sign-in",
    "/sign-in/check-email",
    "/api/auth/callback/nodemailer",
    "/api/v1/search",
    "/api/health",
    "/apps",
    "/application",
    "/administer",
    "/api/apple",
    "/hospitals/app",
    "/_next/static/chunks/app/page.js",
  ])("%s stays public", (path) => {
    expect(areaOf(path)).toBe("public");
  });

  it.each([
    "/%61pp",
    "/%2561pp",
    "/APP",
    "/App/",
    "//app",
    "/app//",
    "/./app",
    "/search/../app",
    "/search/%2e%2e/app",
    "/search/%2E%2E%2Fadmin",
    "/x/..%2f..%2fadmin",
    "/app%2f",
    "\\app",
    "/api//app/me",
    "/api/%61pp/me",
    "/_next/data/build-id/app.json",
    "/_next/data/build-id/admin/orgs.json",
  ])("%s cannot slip past: it is private", (path) => {
    expect(areaOf(path)).not.toBe("public");
  });

  it("canonicalizes to what the router matches", () => {
    expect(canonicalPath("/Search/../APP//x/")).toBe("/app/x");
    expect(canonicalPath("/_next/data/abc/index.json")).toBe("/");
    expect(canonicalPath("/%E0%A4%A")).toBe("/%e0%a4%a"); // undecodable: kept
  });
});

describe("safeCallbackPath", () => {
  it.each(["/app", "/app?org=1#top", "/admin/orgs", "/search?q=mri"])("accepts the same-site path %s", (path) => {
    expect(safeCallbackPath(path)).toBe(path);
  });

  it.each([
    "https://evil.example/app",
    "http://evil.example",
    "//evil.example",
    "//evil.example/app",
    "/\\evil.example",
    "\\\\evil.example",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "javascript:alert(1)",
    "app",
    "",
    "/app\nSet-Cookie: x=1",
    "/\tevil",
    `/${"a".repeat(3000)}`,
  ])("refuses %j", (value) => {
    expect(safeCallbackPath(value)).toBeNull();
  });

  it("refuses what is not a string", () => {
    expect(safeCallbackPath(null)).toBeNull();
    expect(safeCallbackPath(undefined)).toBeNull();
  });
});

describe("guardDecision", () => {
  it("lets public paths through, signed in or not", () => {
    expect(guardDecision("public", "/search", "", false)).toEqual({ kind: "pass" });
  });

  it("sends private pages to sign-in with the page to come back to", () => {
    expect(guardDecision("app", "/app/x", "?tab=1", false)).toEqual({
      kind: "redirect",
      location: `/sign-in?callbackUrl=${encodeURIComponent("/app/x?tab=1")}`,
    });
    expect(guardDecision("admin", "/admin", "", false)).toEqual({ kind: "redirect", location: "/sign-in?callbackUrl=%2Fadmin" });
  });

  it("does not carry an unsafe path as the return address", () => {
    expect(guardDecision("app", "//evil.example/app", "", false)).toEqual({ kind: "redirect", location: "/sign-in?callbackUrl=%2Fapp" });
  });

  it("answers 401 for private APIs", () => {
    expect(guardDecision("privateApi", "/api/app/me", "", false)).toEqual({ kind: "unauthorized" });
  });

  it("lets signed-in requests through", () => {
    expect(guardDecision("app", "/app", "", true)).toEqual({ kind: "pass" });
    expect(guardDecision("privateApi", "/api/app/me", "", true)).toEqual({ kind: "pass" });
  });

  it("says why a session was just ended, and sends sessions waiting for their TOTP code to enter it", () => {
    expect(guardDecision("app", "/app/members", "", "idle")).toEqual({ kind: "redirect", location: "/sign-in?callbackUrl=%2Fapp%2Fmembers&reason=idle" });
    expect(guardDecision("admin", "/admin", "", "ssoRequired")).toEqual({ kind: "redirect", location: "/sign-in?callbackUrl=%2Fadmin&reason=ssoRequired" });
    expect(guardDecision("admin", "/admin/users", "", "twoFactor")).toEqual({ kind: "redirect", location: "/sign-in/two-factor?callbackUrl=%2Fadmin%2Fusers" });
    expect(guardDecision("privateApi", "/api/app/me", "", "twoFactor")).toEqual({ kind: "unauthorized", reason: "two_factor_required" });
    expect(guardDecision("privateApi", "/api/app/me", "", "idle")).toEqual({ kind: "unauthorized" });
    expect(guardDecision("public", "/search", "", "twoFactor")).toEqual({ kind: "pass" });
  });
});
