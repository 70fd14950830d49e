// The signed-in user's security settings (/app/security): two-factor sign-in with an
// authenticator app (TOTP) — set up, confirm with a first code, turn off with a current code —
// and the user's sessions, with "sign out everywhere". Platform operators are sent here
// (?required=operator) until they have two-factor: the operator area requires it.
import type { Metadata } from "next";
import { CodeField } from "@/components/app/code-field";
import { ScrollTable, cellClass as cell } from "@/components/app/data-table";
import { primaryButtonClass, secondaryButtonClass } from "@/components/app/form-parts";
import { When } from "@/components/app/when";
import { Notice } from "@/components/ui/notice";
import { currentSessionToken, requireUser } from "@/lib/auth";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n";
import { listOwnSessions } from "@/lib/security/sessions";
import { pendingEnrolment, twoFactorStatus, type TwoFactorFailure } from "@/lib/security/two-factor";
import { signOutEverywhereAction } from "../../actions";
import { cancelEnrolmentAction, confirmEnrolmentAction, disableTwoFactorAction, startEnrolmentAction } from "./actions";
import { one, type Search } from "@/lib/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("security.title"), robots: { index: false } };
}

const ERRORS: readonly TwoFactorFailure[] = ["invalid_code", "replayed_code", "rate_limited", "not_enabled", "already_enabled"];
const METHODS = ["email", "oidc", "saml"] as const;

export default async function SecurityPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser("/app/security");
  const params = await searchParams;
  const { t, rich, locale } = await getI18n();
  const [status, pending, sessions] = await Promise.all([twoFactorStatus(user.id), pendingEnrolment(user), listOwnSessions(user.id, await currentSessionToken())]);
  const required = one(params.required) === "operator";
  const error = ERRORS.find((e) => e === one(params.error));
  const field = one(params.field);
  const errorText = error ? t(`twoFactor.error.${error}`) : undefined;
  const done = one(params.done);
  const requiredField = required ? <input type="hidden" name="required" value="operator" /> : null;
  const method = (m: string) => (METHODS as readonly string[]).includes(m) ? (t as (k: MessageKey) => string)(`security.sessions.method.${m}` as MessageKey) : m;

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("security.title")}</h1>
        {required && !status.enabled ? (
          <Notice tone="warning" title={t("security.required.title")} role="alert">
            <p>{t("security.required.body")}</p>
          </Notice>
        ) : null}
        {done === "enabled" || done === "disabled" ? (
          <Notice role="status">
            <p>{t(done === "enabled" ? "security.twoFactor.enabledDone" : "security.twoFactor.disabledDone")}</p>
            {done === "enabled" && required ? (
              <p>
                <a className="link" href="/admin">
                  {t("security.required.continue")}
                </a>
              </p>
            ) : null}
          </Notice>
        ) : null}
      </div>

      <section id="two-factor" aria-labelledby="two-factor-title" className="max-w-2xl space-y-4">
        <h2 id="two-factor-title" className="text-xl font-semibold text-slate-900">
          {t("security.twoFactor.title")}
        </h2>
        <p className="text-slate-700">{t("security.twoFactor.intro")}</p>
        {errorText && !field ? (
          <Notice tone="error" role="alert">
            <p>{errorText}</p>
          </Notice>
        ) : null}
        {status.enabled ? (
          <>
            <p>{rich("security.twoFactor.on", { since: <When at={status.enabledAt!} locale={locale} />, strong: (c) => <strong>{c}</strong> })}</p>
            <form action={disableTwoFactorAction} className="space-y-3" noValidate>
              {requiredField}
              <CodeField id="disable-code" label={t("security.twoFactor.disableLabel")} hint={t("security.twoFactor.codeHint")} error={field === "disable" ? errorText : undefined} />
              <button type="submit" className={secondaryButtonClass}>
                {t("security.twoFactor.disableSubmit")}
              </button>
            </form>
          </>
        ) : pending ? (
          <>
            <p>{rich("security.twoFactor.pending", { strong: (c) => <strong>{c}</strong> })}</p>
            <ol className="list-decimal space-y-3 pl-5">
              <li>
                <p>{t("security.twoFactor.stepApp")}</p>
                <p className="mt-1">
                  <span className="font-semibold">{t("security.twoFactor.secretLabel")}</span>{" "}
                  <code data-testid="totp-secret" className="break-all rounded bg-slate-100 px-1 py-0.5 font-mono">
                    {pending.secret.replace(/(.{4})/g, "$1 ").trim()}
                  </code>
                </p>
                <p className="mt-1">
                  <span className="font-semibold">{t("security.twoFactor.uriLabel")}</span>{" "}
                  <a className="link break-all" href={pending.uri} data-testid="totp-uri">
                    {pending.uri}
                  </a>
                </p>
              </li>
              <li>
                <form action={confirmEnrolmentAction} className="space-y-3" noValidate>
                  {requiredField}
                  <CodeField id="confirm-code" label={t("security.twoFactor.confirmLabel")} hint={t("security.twoFactor.codeHint")} error={field === "confirm" ? errorText : undefined} autoFocus />
                  <button type="submit" className={primaryButtonClass}>
                    {t("security.twoFactor.confirmSubmit")}
                  </button>
                </form>
              </li>
            </ol>
            <form action={cancelEnrolmentAction}>
              {requiredField}
              <button type="submit" className={secondaryButtonClass}>
                {t("security.twoFactor.cancel")}
              </button>
            </form>
          </>
        ) : (
          <>
            <p>{rich("security.twoFactor.off", { strong: (c) => <strong>{c}</strong> })}</p>
            <form action={startEnrolmentAction}>
              {requiredField}
              <button type="submit" className={primaryButtonClass}>
                {t("security.twoFactor.start")}
              </button>
            </form>
          </>
        )}
      </section>

      <section className="space-y-4">
        <h2 id="sessions-title" className="text-xl font-semibold text-slate-900">
          {t("security.sessions.title")}
        </h2>
        <p className="text-slate-700">{t("security.sessions.intro")}</p>
        <ScrollTable labelledBy="sessions-title" columns={(["session", "method", "created", "lastActive", "twoFactor"] as const).map((c) => t(`security.sessions.col.${c}`))}>
          {sessions.map((s, i) => (
            <tr key={i} data-testid="own-session">
              <th scope="row" className={`${cell} font-normal`}>
                {s.current ? <strong>{t("security.sessions.current")}</strong> : t("security.sessions.other")}
              </th>
              <td className={cell}>{method(s.authMethod)}</td>
              <td className={cell}>
                <When at={s.createdAt} locale={locale} />
              </td>
              <td className={cell}>
                <When at={s.lastActiveAt} locale={locale} />
              </td>
              <td className={cell}>{s.secondFactorAt ? <When at={s.secondFactorAt} locale={locale} /> : t("security.sessions.notChecked")}</td>
            </tr>
          ))}
        </ScrollTable>
        <p className="text-sm text-slate-700">{t("security.sessions.noDevice")}</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className={secondaryButtonClass}>
            {t("app.bar.signOutEverywhere")}
          </button>
        </form>
      </section>
    </div>
  );
}
