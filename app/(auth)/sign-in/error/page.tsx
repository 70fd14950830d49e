// Auth.js sends sign-in failures here with ?error=<type>: an expired or used link
// ("Verification"), a mail server that refused the email ("EmailSignin"), a broken setup
// ("Configuration"), a refused account ("AccessDenied"); and single sign-on's refusals
// ("Sso.<code>": lib/auth/sso-identity, lib/auth/saml-sign-in).
import type { Metadata } from "next";
import { TextLink } from "@/components/ui/text-link";
import { Notice } from "@/components/ui/notice";
import { SIGN_IN_PATH } from "@/lib/auth";
import { MAGIC_LINK_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { getI18n } from "@/lib/i18n/server";
import type { Search } from "@/lib/page-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("auth.error.title"), robots: { index: false } };
}

export default async function SignInErrorPage({ searchParams }: { searchParams: Search }) {
  const raw = (await searchParams).error;
  const error = Array.isArray(raw) ? raw[0] : raw;
  const { t } = await getI18n();
  const minutes = Math.round(MAGIC_LINK_MAX_AGE_SECONDS / 60);
  const message =
    error === "Verification"
      ? t("auth.error.verification", { minutes })
      : error === "EmailSignin"
        ? t("auth.error.emailSignin")
        : error === "Configuration"
          ? t("auth.error.configuration")
          : error === "AccessDenied"
            ? t("auth.error.accessDenied")
            : error === "Sso.domain_not_claimed"
              ? t("auth.error.ssoDomain")
              : error === "Sso.no_email" || error === "Sso.unverified_email"
                ? t("auth.error.ssoEmail")
                : error === "Sso.no_connection"
                  ? t("auth.error.ssoNoConnection")
                  : error === "Sso.invalid_response"
                    ? t("auth.error.ssoInvalid")
                    : t("auth.error.default");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("auth.error.title")}</h1>
      <Notice tone="error" role="alert">
        <p>{message}</p>
      </Notice>
      <p>
        <TextLink href={SIGN_IN_PATH}>{t("auth.error.again")}</TextLink>
      </p>
    </div>
  );
}
