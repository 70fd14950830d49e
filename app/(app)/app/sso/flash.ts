// The provider's explanation of a refused SSO form (English, from discovery or the metadata
// check), handed from a server action to the next page load in an http-only cookie.
export const SSO_PATH = "/app/sso";
export const SSO_FLASH_COOKIE = "sso_flash";

export interface SsoFlash {
  code: string;
  detail: string;
}

export function encodeFlash(flash: SsoFlash): string {
  return Buffer.from(JSON.stringify({ code: flash.code, detail: flash.detail.slice(0, 1500) })).toString("base64url");
}

export function decodeFlash(value: string | undefined): SsoFlash | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (parsed && typeof parsed === "object" && typeof (parsed as SsoFlash).code === "string" && typeof (parsed as SsoFlash).detail === "string") {
      return { code: (parsed as SsoFlash).code, detail: (parsed as SsoFlash).detail };
    }
  } catch {
    // A cookie we did not write: ignored.
  }
  return null;
}
