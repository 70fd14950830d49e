import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TextField, primaryButtonClass, secondaryButtonClass } from "@/components/app/form-parts";
import { Notice } from "@/components/ui/notice";
import { APP_HOME, currentUser, safeCallbackPath } from "@/lib/auth";
import { MAGIC_LINK_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { getI18n } from "@/lib/i18n/server";
import { requestSignInLink } from "./actions";
import { ssoRouteFor } from "@/lib/auth/sso-identity";
import { one, type Search } from "@/lib/page-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("auth.signIn.title"), robots: { index: false } };
}

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(one(params.callbackUrl));
  // Signed in already: straight on.
  if (await currentUser()) redirect(callbackUrl ?? APP_HOME);
  const { t } = await getI18n();
  const invalid = one(params.error) === "invalidEmail";
  const rateLimited = one(params.error) === "rateLimited";
  const signedOut = one(params.signedOut);
  const reason = one(params.reason);
  // The organization is looked up again from the address, never taken from the URL (a crafted
  // link cannot put another name on this page).
  const ssoEmail = one(params.error) === "ssoAvailable" ? one(params.email)?.slice(0, 254) : undefined;
  const ssoOrganization = ssoEmail ? (await ssoRouteFor(ssoEmail))?.organizationName : undefined;
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("auth.signIn.title")}</h1>
      {signedOut ? (
        <Notice role="status">
          <p>{signedOut === "everywhere" ? t("auth.signIn.signedOutEverywhere") : t("auth.signIn.signedOut")}</p>
        </Notice>
      ) : null}
      {reason === "idle" ? (
        <Notice role="status">
          <p>{t("auth.signIn.endedIdle")}</p>
        </Notice>
      ) : null}
      {reason === "ssoRequired" ? (
        <Notice role="status">
          <p>{t("auth.signIn.endedSsoRequired")}</p>
        </Notice>
      ) : null}
      {ssoOrganization && ssoEmail ? (
        <section aria-labelledby="sso-choice" className="space-y-3 rounded border border-slate-300 p-4">
          <h2 id="sso-choice" className="text-lg font-semibold text-slate-900">
            {t("auth.signIn.ssoTitle", { organization: ssoOrganization })}
          </h2>
          <p className="text-slate-700">{t("auth.signIn.ssoIntro", { email: ssoEmail, organization: ssoOrganization })}</p>
          <form action={requestSignInLink} className="flex flex-wrap gap-3">
            {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
            <input type="hidden" name="email" value={ssoEmail} />
            <button type="submit" name="method" value="sso" className={primaryButtonClass}>
              {t("auth.signIn.ssoContinue", { organization: ssoOrganization })}
            </button>
            <button type="submit" name="method" value="email" className={secondaryButtonClass}>
              {t("auth.signIn.ssoUseEmail")}
            </button>
          </form>
        </section>
      ) : null}
      {invalid ? (
        <Notice tone="error" title={t("auth.signIn.problemTitle")} role="alert">
          <p>
            <a href="#email" className="link">
              {t("auth.signIn.invalidEmail")}
            </a>
          </p>
        </Notice>
      ) : null}
      {rateLimited ? (
        <Notice tone="error" title={t("auth.signIn.problemTitle")} role="alert">
          <p>{t("auth.signIn.rateLimited")}</p>
        </Notice>
      ) : null}
      <p className="text-slate-700">{t("auth.signIn.intro")}</p>
      <p className="text-slate-700">{t("auth.signIn.ssoHint")}</p>
      <form action={requestSignInLink} className="space-y-4" noValidate>
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <TextField
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          label={t("auth.signIn.emailLabel")}
          hint={t("auth.signIn.emailHint", { minutes: Math.round(MAGIC_LINK_MAX_AGE_SECONDS / 60) })}
          error={invalid ? t("auth.signIn.invalidEmail") : undefined}
          defaultValue={invalid ? (one(params.email) ?? "") : undefined}
          autoFocus={invalid}
        />
        <button type="submit" className={primaryButtonClass}>
          {t("auth.signIn.submit")}
        </button>
      </form>
    </div>
  );
}
