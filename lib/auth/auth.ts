// The Auth.js (next-auth v5) instance: email magic links over SMTP, sessions in the database
// (a row in `sessions` per signed-in browser, its token in an http-only cookie), the Prisma
// adapter on the owner's connection (the identity tables are outside tenant isolation:
// docs/adr/0008). The configuration is built per request, so the environment is read at run
// time — `next build` needs no AUTH_SECRET.
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { NextRequest } from "next/server";
import Nodemailer from "next-auth/providers/nodemailer";
import { headers } from "next/headers";
import { recordPlatformAudit, requestOrigin, type RequestOrigin } from "../audit";
import { getPrisma } from "../db/client";
import { organizationOfProvider } from "../sso/urls";
import { ssoRequiredFor } from "../sso/domains";
import { pricelineAdapter } from "./adapter";
import {
  MAGIC_LINK_MAX_AGE_SECONDS,
  SESSION_MAX_AGE_SECONDS,
  authSecret,
  authUrl,
  emailFrom,
  smtpUrl,
  usesSecureCookies,
} from "./config";
import { APP_HOME, SIGN_IN_PATH, safeCallbackPath } from "./guard";
import { localeOfRequest, sendSignInEmail } from "./mail";
import { EMAIL_PROVIDER } from "./providers";
import { providerOfAuthPath, signInContext } from "./sign-in-context";
import { admitSsoEmail, joinBySso, SsoIdentityError } from "./sso-identity";
import { organizationOidcProvider } from "./sso-provider";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name?: string | null; image?: string | null };
  }
}

export { EMAIL_PROVIDER };

/** The IP address and user agent of the request being handled, where there is one. */
async function currentOrigin(): Promise<RequestOrigin> {
  try {
    return requestOrigin(await headers());
  } catch {
    return { ip: null, userAgent: null }; // outside a request
  }
}

/** Where to go after signing in: a path on this site, else the app's home. */
export function redirectAfterSignIn(url: string, baseUrl: string): string {
  let candidate = url;
  if (url.startsWith(`${baseUrl}/`) || url === baseUrl) candidate = url.slice(baseUrl.length) || "/";
  return `${baseUrl}${safeCallbackPath(candidate) ?? APP_HOME}`;
}

/**
 * The organization whose OIDC provider this request needs (signing in through it, or its
 * callback), from the sign-in context a server action set or the Auth.js endpoint's path.
 */
function ssoOrganizationOfRequest(request: NextRequest | undefined): string | null {
  const providerId = signInContext()?.providerId ?? (request ? providerOfAuthPath(request.nextUrl.pathname) : null);
  return providerId ? organizationOfProvider(providerId) : null;
}

/** Where a refused sign-in goes: the sign-in error page, with the reason. */
const refusedTo = (error: string) => `${SIGN_IN_PATH}/error?error=${encodeURIComponent(error)}`;

async function authConfig(request: NextRequest | undefined): Promise<NextAuthConfig> {
  const ssoOrganization = ssoOrganizationOfRequest(request);
  const ssoProvider = ssoOrganization ? await organizationOidcProvider(ssoOrganization) : null;
  // next-auth builds its URLs (and the magic links) from AUTH_URL; pin it so a request's Host
  // header cannot choose the address in the email.
  process.env.AUTH_URL = authUrl();
  return {
    adapter: pricelineAdapter(getPrisma()),
    secret: authSecret(),
    trustHost: true,
    useSecureCookies: usesSecureCookies(),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: SIGN_IN_PATH, verifyRequest: `${SIGN_IN_PATH}/check-email`, error: `${SIGN_IN_PATH}/error` },
    providers: [
      Nodemailer({
        id: EMAIL_PROVIDER,
        server: smtpUrl(),
        from: emailFrom(),
        maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
        async sendVerificationRequest({ identifier, url, provider, request }) {
          await sendSignInEmail(String(provider.server), {
            to: identifier,
            from: provider.from ?? emailFrom(),
            url,
            locale: localeOfRequest(request),
          });
          await recordPlatformAudit({ action: "auth.sign_in_link_requested", target: identifier, ...requestOrigin(request?.headers) });
        },
      }),
      ...(ssoProvider ? [ssoProvider] : []),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        const provider = account?.provider ?? "";
        if (provider === EMAIL_PROVIDER) {
          // SSO enforcement: no magic link (sent, or followed) for an address whose organization
          // requires its identity provider.
          const address = user.email ?? account?.providerAccountId ?? "";
          if (await ssoRequiredFor(address)) {
            await recordPlatformAudit({ action: "auth.sign_in_failed", target: address, metadata: { provider, reason: "sso_required" }, ...(await currentOrigin()) });
            return `${SIGN_IN_PATH}?reason=ssoRequired&email=${encodeURIComponent(address)}`;
          }
          return true;
        }
        const organizationId = organizationOfProvider(provider);
        if (!organizationId) return false;
        try {
          // The address as the provider's profile mapping read it (ID token, else userinfo), or the
          // one stored for a returning account.
          const email = await admitSsoEmail(organizationId, user.email);
          user.email = email;
          return true;
        } catch (error) {
          if (!(error instanceof SsoIdentityError)) throw error;
          await recordPlatformAudit({
            action: "auth.sign_in_failed",
            target: user.email?.slice(0, 254) ?? (typeof profile?.email === "string" ? profile.email.slice(0, 254) : null),
            metadata: { provider: "oidc", organizationId, reason: error.code },
            ...(await currentOrigin()),
          });
          return refusedTo(`Sso.${error.code}`);
        }
      },
      // Only what pages need: Auth.js hands this the whole session and user rows, and serializes
      // what it returns for /api/auth/session.
      session({ session, user }) {
        return { expires: session.expires, user: { id: user.id, email: user.email, name: user.name ?? null, image: user.image ?? null } } as typeof session;
      },
      redirect({ url, baseUrl }) {
        return redirectAfterSignIn(url, baseUrl);
      },
    },
    events: {
      async signIn({ user, account, isNewUser }) {
        const organizationId = organizationOfProvider(account?.provider ?? "");
        if (organizationId && user.id) await joinBySso(organizationId, user.id, await currentOrigin());
        await recordPlatformAudit({
          action: "auth.sign_in",
          actorUserId: user.id ?? null,
          target: user.id ? `user:${user.id}` : null,
          metadata: {
            provider: organizationId ? "oidc" : (account?.provider ?? null),
            ...(organizationId ? { organizationId } : {}),
            newUser: Boolean(isNewUser),
          },
          ...(await currentOrigin()),
        });
      },
      async signOut(message) {
        const userId = "session" in message ? (message.session?.userId ?? null) : null;
        await recordPlatformAudit({
          action: "auth.sign_out",
          actorUserId: userId,
          target: userId ? `user:${userId}` : null,
          ...(await currentOrigin()),
        });
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth((request) => authConfig(request));
