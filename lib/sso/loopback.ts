// Identity providers must be reached over https — except one running on this machine, over
// plain http, outside production (a developer's local IdP), or in a production build when
// SSO_ALLOW_HTTP_LOOPBACK=1 says so explicitly (the end-to-end tests run `npm start` against
// local identity providers). Never anything but loopback addresses.
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function isAllowedPlainHttp(url: URL, env: NodeJS.ProcessEnv = process.env): boolean {
  if (url.protocol !== "http:" || !LOOPBACK.has(url.hostname)) return false;
  return env.NODE_ENV !== "production" || env.SSO_ALLOW_HTTP_LOOPBACK === "1";
}
