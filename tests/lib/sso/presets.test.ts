import { describe, expect, it } from "vitest";
import { presetIssuer } from "@/lib/sso";

describe("OIDC presets", () => {
  it("turn what an admin knows into the provider's issuer", () => {
    expect(presetIssuer("microsoft-entra-id", "72F988BF-86F1-41AF-91AB-2D7CD011DB47")).toBe("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0");
    expect(presetIssuer("microsoft-entra-id", "contoso.onmicrosoft.com")).toBe("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0");
    expect(presetIssuer("google-workspace", "acme.org")).toBe("https://accounts.google.com");
    expect(presetIssuer("okta", " Acme.okta.com ")).toBe("https://acme.okta.com");
  });

  it("refuse values that cannot be a tenant or a domain", () => {
    expect(presetIssuer("microsoft-entra-id", "not a tenant")).toBeNull();
    expect(presetIssuer("okta", "acme.okta.com/oauth2")).toBeNull();
    expect(presetIssuer("okta", "evil.com@acme.okta.com")).toBeNull();
    expect(presetIssuer("google-workspace", "")).toBeNull();
  });
});
