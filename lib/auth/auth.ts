// The Auth.js (next-auth v5) instance: email magic links over SMTP, sessions in the database
// (a row in `sessions` per signed-in browser, its token in an http-only cookie), the Prisma
// adapter on the owner's connection (the identity tables are outside tenant isolation:
// docs/adr/0008). The configuration is built per request, so the environment is read at run
// time — `next build` needs no AUTH_SECRET.
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { headers } from "next/headers";
import { recordPlatformAudit, requestOrigin, type RequestOrigin } from "../audit";
import { getPrisma } from "../db/client";
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

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name?: string | null; image?: string | null };
  }
}

export const EMAIL_PROVIDER = "nodemailer";

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

function authConfig(): NextAuthConfig {
  // next-auth builds its URLs (and the magic links) from AUTH_URL; pin it so a request's Host
  // header cannot choose the address in the email.
  process.env.AUTH_URL = authUrl();
  return {
    adapter: PrismaAdapter(getPrisma()),
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
    ],
    callbacks: {
      session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
      redirect({ url, baseUrl }) {
        return redirectAfterSignIn(url, baseUrl);
      },
    },
    events: {
      async signIn({ user, account, isNewUser }) {
        await recordPlatformAudit({
          action: "auth.sign_in",
          actorUserId: user.id ?? null,
          target: user.id ? `user:${user.id}` : null,
          metadata: { provider: account?.provider ?? null, newUser: Boolean(isNewUser) },
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

export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig());
