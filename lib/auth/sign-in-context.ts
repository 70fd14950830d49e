// Which sign-in method a request is going through, for the parts of Auth.js that are not told:
// its configuration is built without the request in server actions, and its adapter creates the
// session without the provider. The route handler and the SSO action set it around their call.
import { AsyncLocalStorage } from "node:async_hooks";
import { organizationOfProvider } from "@/lib/sso/urls";
import { EMAIL_PROVIDER } from "./providers";

export interface SignInContext {
  /** The Auth.js provider the request is for ("nodemailer", "sso-<organization id>"). */
  providerId: string | null;
}

const storage = new AsyncLocalStorage<SignInContext>();

export function withSignInContext<T>(context: SignInContext, run: () => T): T {
  return storage.run(context, run);
}

export function signInContext(): SignInContext | undefined {
  return storage.getStore();
}

/** The provider named by an Auth.js endpoint path (`/api/auth/signin/<id>`, `/api/auth/callback/<id>`), or null. */
export function providerOfAuthPath(pathname: string): string | null {
  const match = /\/api\/auth\/(?:signin|callback)\/([^/?#]+)\/?$/.exec(pathname);
  return match ? decodeURIComponent(match[1]!) : null;
}

export type SessionMethod = { authMethod: "email" | "oidc" | "saml"; ssoOrganizationId: string | null };

/** How a session opened through `providerId` is recorded. */
export function sessionMethodOf(providerId: string | null | undefined): SessionMethod {
  const organizationId = providerId ? organizationOfProvider(providerId) : null;
  if (organizationId) return { authMethod: "oidc", ssoOrganizationId: organizationId };
  if (providerId && providerId !== EMAIL_PROVIDER) throw new Error(`Unknown sign-in provider "${providerId}".`);
  return { authMethod: "email", ssoOrganizationId: null };
}
