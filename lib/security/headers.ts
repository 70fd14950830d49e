// Security headers for every response. The CSP uses a per-request nonce so the
// inline scripts Next.js streams for hydration run and nothing injected does.
export function buildContentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'strict-dynamic' lets nonce'd scripts load the chunks they need; dev needs eval for HMR.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(options.dev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    ...(options.dev ? {} : { "upgrade-insecure-requests": [] }),
  };
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

/** The headers every response carries, page or JSON. */
const COMMON_HEADERS: Readonly<Record<string, string>> = {
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains; preload",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export function securityHeaders(nonce: string, options: { dev: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": buildContentSecurityPolicy(nonce, options),
    ...COMMON_HEADERS,
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(self), payment=()",
  };
}

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Paths the request guard (proxy.ts) does not run on: JSON endpoints that need no session,
 * language or CSP nonce, where the guard would be most of a request's own work (about 5 ms
 * each on a 2-core machine). Exact paths only, so that no spelling of a guarded path can fall
 * under them. They get apiSecurityHeaders() from next.config.ts instead; proxy.ts's matcher
 * must leave out exactly these (a test checks both).
 */
export const UNGUARDED_JSON_PATHS = ["/api/v1/search", "/api/health"] as const;

/** The security headers of a JSON response: nothing in it may load or run, nor be framed. */
export function apiSecurityHeaders(): Record<string, string> {
  return { "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'", ...COMMON_HEADERS };
}
