import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy, config } from "../proxy";

describe("proxy", () => {
  it("sets the security headers with a fresh CSP nonce on every response", () => {
    const a = proxy(new NextRequest("http://localhost/search?q=70551"));
    const b = proxy(new NextRequest("http://localhost/api/v1/search?q=470"));
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

  it("runs on every path", () => {
    expect(config.matcher).toBe("/:path*");
  });
});
