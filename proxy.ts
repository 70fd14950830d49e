// The request guard (Next.js 16's name for middleware). For now it sets the
// security headers on every response; authentication joins it later.
import { NextResponse, type NextRequest } from "next/server";
import { createNonce, securityHeaders } from "./lib/security/headers";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = securityHeaders(nonce, { dev: process.env.NODE_ENV === "development" });
  // Next.js reads the CSP (and its nonce) from the request to tag its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: "/:path*",
};
