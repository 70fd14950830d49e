import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import nextConfig from "../next.config";
import { UNGUARDED_JSON_PATHS } from "../lib/security/headers";
import { proxy, config } from "../proxy";

// NextResponse.next({ request: { headers } }) hands the rewritten request headers to Next.js this way.
const forwarded = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);

describe("proxy", () => {
  it("sets the security headers with a fresh CSP nonce on every response", async () => {
    const a = await proxy(new NextRequest("http://localhost/search?q=70551"));
    const b = await proxy(new NextRequest("http://localhost/hospitals"));
    const csp = a.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toBe(b.headers.get("content-security-policy"));
    expect(a.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains; preload");
    expect(a.headers.get("x-content-type-options")).toBe("nosniff");
    expect(a.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(a.headers.get("x-frame-options")).toBe("DENY");
  });

  it("runs on every path but the unguarded JSON endpoints, which get their security headers from next.config", async () => {
    // Next.js compiles the matcher's group into an anchored regular expression, as here.
    const guarded = (path: string) => new RegExp(`^${config.matcher}$`).test(path);
    for (const path of UNGUARDED_JSON_PATHS) expect(guarded(path), path).toBe(false);
    for (const path of ["/", "/search", "/api/app/alerts", "/api/v1/search/", "/api/v1/searches", "/api/v1/search/../../app/x", "/api/healthz", "/app", "/admin", "/api/ready"]) {
      expect(guarded(path), path).toBe(true);
    }
    const rules = await nextConfig.headers!();
    expect(rules.map((r) => r.source)).toEqual([...UNGUARDED_JSON_PATHS]);
    for (const rule of rules) {
      const headers = Object.fromEntries(rule.headers.map((h) => [h.key.toLowerCase(), h.value]));
      expect(headers).toMatchObject({
        "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
        "strict-transport-security": "max-age=63072000; includeSubDomains; preload",
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
        "referrer-policy": "strict-origin-when-cross-origin",
      });
    }
  });
});

describe("proxy: interface language", () => {
  it("remembers ?lang= in a year-long, site-wide, SameSite=Lax cookie", async () => {
    const response = await proxy(new NextRequest("http://localhost/search?q=70551&lang=es"));
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^lang=es;/);
    expect(cookie).toMatch(/Max-Age=31536000/i);
    expect(cookie).toMatch(/Path=\//i);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http (local development)
    expect(response.cookies.get("lang")?.value).toBe("es");
    expect(forwarded(response, "x-locale")).toBe("es");
    // The security headers are unchanged.
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("marks the cookie Secure over https and lets an explicit choice replace the remembered one", async () => {
    const response = await proxy(
      new NextRequest("https://priceline.example/?lang=EN", { headers: { cookie: "lang=es", "accept-language": "es" } }),
    );
    expect(response.headers.get("set-cookie")).toMatch(/^lang=en;.*Secure/i);
    expect(forwarded(response, "x-locale")).toBe("en");
  });

  it("sets no cookie without ?lang= or with an unsupported one", async () => {
    for (const url of ["http://localhost/search?q=70551", "http://localhost/?lang=fr", "http://localhost/?lang="]) {
      expect((await proxy(new NextRequest(url))).headers.get("set-cookie"), url).toBeNull();
    }
  });

  it("passes the resolved locale to the app: cookie, then Accept-Language, then English", async () => {
    const locale = async (url: string, headers: Record<string, string> = {}) =>
      forwarded((await proxy(new NextRequest(url, { headers }))), "x-locale");
    expect(await locale("http://localhost/search")).toBe("en");
    expect(await locale("http://localhost/search", { "accept-language": "es-MX,es;q=0.9,en;q=0.5" })).toBe("es");
    expect(await locale("http://localhost/search", { "accept-language": "fr;q=0.9, en;q=0.8, es;q=0.7" })).toBe("en");
    expect(await locale("http://localhost/search", { cookie: "lang=es", "accept-language": "en" })).toBe("es");
    expect(await locale("http://localhost/search?lang=fr", { cookie: "lang=es" })).toBe("es");
    expect(await locale("http://localhost/search", { cookie: "lang=xx", "accept-language": "zz;q=abc" })).toBe("en");
  });

  it("never lets a client choose the x-locale header itself", async () => {
    const response = await proxy(new NextRequest("http://localhost/", { headers: { "x-locale": "es" } }));
    expect(forwarded(response, "x-locale")).toBe("en");
  });
});
