// The current organization's members: everyone sees who is in it and with which role, and can
// leave; owners and admins invite by email, withdraw pending invitations, change roles and
// remove members (admins never touch owners); owners hand over ownership. Plain forms posting
// to server actions: it works without JavaScript, and every action re-checks who may do it.
import type { Metadata } from "next";
import Link from "next/link";
import { TextField, primaryButtonClass, secondaryButtonClass } from "@/components/app/form-parts";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth";
import { getI18n } from "@/lib/i18n/server";
import { INVITATION_DAYS, ROLES, can, listInvitations, listMembers, mayAssign, type MembersErrorCode, type Role } from "@/lib/members";
import { membershipsOf } from "@/lib/orgs";
import { currentOrganization } from "@/lib/orgs/current";
import {
  changeRoleAction,
  inviteMemberAction,
  leaveOrganizationAction,
  removeMemberAction,
  revokeInvitationAction,
  transferOwnershipAction,
} from "./actions";
import { one, type Search } from "@/lib/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("members.list.caption"), robots: { index: false } };
}

type ErrorCode = Exclude<MembersErrorCode, "invitation_other_email"> | "notMember" | "emailFailed";
const ERROR_CODES: readonly ErrorCode[] = [
  "forbidden",
  "invalid_email",
  "invalid_role",
  "already_member",
  "not_member",
  "invitation_invalid",
  "invitation_expired",
  "invitation_used",
  "last_owner",
  "seat_limit",
  "notMember",
  "emailFailed",
];
const DONE = ["invited", "revoked", "roleChanged", "removed", "transferred"] as const;

const selectClass = "rounded-md border border-slate-500 bg-white px-2 py-1.5 text-sm text-slate-900";

export default async function MembersPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser("/app/members");
  const params = await searchParams;
  const { t, rich } = await getI18n();
  const memberships = await membershipsOf(user.id);
  const current = await currentOrganization(memberships);
  if (!current) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("members.list.caption")}</h1>
        <p className="text-slate-700">{rich("members.noOrganization", { link: (c) => <Link href="/app#create" className="link">{c}</Link> })}</p>
      </div>
    );
  }
  const mine: Role = current.role;
  const manages = can(mine, "members.manage");
  const [members, invitations] = await Promise.all([listMembers(current.id), manages ? listInvitations(current.id) : Promise.resolve([])]);

  const error = ERROR_CODES.find((c) => c === one(params.error));
  const errorText = error ? t(`members.error.${error}`) : undefined;
  const errorRow = one(params.row);
  const errorInvitation = one(params.invitation);
  const inviteError = error && one(params.field) === "email" ? errorText : undefined;
  const pageError = error && !inviteError && !members.some((m) => m.userId === errorRow) && !invitations.some((i) => i.id === errorInvitation) ? errorText : undefined;
  const done = DONE.find((d) => d === one(params.done));
  // "Emailed to …" only for an address that really has a pending invitation (the address is in the URL).
  const invitedEmail = invitations.find((i) => i.email === one(params.email))?.email;
  const roleName = (role: Role) => t(`app.role.${role}`);
  const assignable = ROLES.filter((r) => mayAssign(mine, r));
  const orgField = <input type="hidden" name="organization" value={current.id} />;

  return (
    <div className="space-y-10">
      <section aria-labelledby="members-title" className="space-y-4">
        <h1 id="members-title" className="text-2xl font-bold tracking-tight text-slate-900">
          {t("members.title", { organization: current.name })}
        </h1>
        <p className="text-slate-700">{t("members.yourRole", { role: roleName(mine) })}</p>
        {done && (done !== "invited" || invitedEmail) ? (
          <Notice role="status">
            <p>{done === "invited" ? t("members.done.invited", { email: invitedEmail ?? "" }) : t(`members.done.${done}` as `members.done.${Exclude<typeof done, "invited">}`)}</p>
          </Notice>
        ) : null}
        {pageError ? (
          <Notice tone="error" role="alert">
            <p>{pageError}</p>
          </Notice>
        ) : null}
        <table className="w-full max-w-4xl text-left text-sm">
          <caption className="pb-2 text-left text-lg font-semibold text-slate-900">{t("members.list.caption")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-4">{t("members.list.email")}</th>
              <th scope="col" className="py-2 pr-4">{t("members.list.name")}</th>
              <th scope="col" className="py-2 pr-4">{t("members.list.role")}</th>
              {manages ? <th scope="col" className="py-2">{t("members.list.actions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const self = member.userId === user.id;
              const rowError = error && !self && errorRow === member.userId ? errorText : undefined; // your own row's errors are at "leave"
              const managed = manages && !self && mayAssign(mine, member.role);
              const memberField = <input type="hidden" name="member" value={member.userId} />;
              return (
                <tr key={member.userId} id={`member-${member.userId}`} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {member.email} {self ? <span className="text-slate-700">{t("members.list.you")}</span> : null}
                  </th>
                  <td className="py-2 pr-4">{member.name ?? ""}</td>
                  <td className="py-2 pr-4">{roleName(member.role)}</td>
                  {manages ? (
                    <td className="space-y-2 py-2">
                      {rowError ? (
                        <p role="alert" className="font-medium text-red-800">
                          {rowError}
                        </p>
                      ) : null}
                      {managed ? (
                        <div className="flex flex-wrap items-center gap-2">
                          <form action={changeRoleAction} className="flex flex-wrap items-center gap-2">
                            {orgField}
                            {memberField}
                            <label htmlFor={`role-${member.userId}`} className="sr-only">
                              {t("members.role.label", { email: member.email })}
                            </label>
                            <select id={`role-${member.userId}`} name="role" defaultValue={member.role} className={selectClass}>
                              {assignable.map((r) => (
                                <option key={r} value={r}>
                                  {roleName(r)}
                                </option>
                              ))}
                            </select>
                            <button type="submit" className={secondaryButtonClass} aria-label={`${t("members.role.submit")}: ${member.email}`}>
                              {t("members.role.submit")}
                            </button>
                          </form>
                          <form action={removeMemberAction}>
                            {orgField}
                            {memberField}
                            <button type="submit" className={secondaryButtonClass} aria-label={t("members.remove.label", { email: member.email })}>
                              {t("members.remove.submit")}
                            </button>
                          </form>
                          {mine === "owner" && member.role !== "owner" ? (
                            <form action={transferOwnershipAction}>
                              {orgField}
                              {memberField}
                              <button type="submit" className={secondaryButtonClass} aria-label={t("members.transfer.label", { email: member.email })}>
                                {t("members.transfer.submit")}
                              </button>
                            </form>
                          ) : null}
                        </div>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      {manages ? (
        <section id="invite" aria-labelledby="invite-title" className="max-w-xl space-y-4">
          <h2 id="invite-title" className="text-xl font-semibold text-slate-900">
            {t("members.invite.title")}
          </h2>
          <p className="text-slate-700">{t("members.invite.intro", { days: INVITATION_DAYS })}</p>
          {inviteError ? (
            <Notice tone="error" role="alert">
              <p>{t("members.invite.problem")}</p>
            </Notice>
          ) : null}
          <form action={inviteMemberAction} className="space-y-4" noValidate>
            {orgField}
            <TextField
              id="invite-email"
              name="email"
              type="email"
              required
              maxLength={254}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              label={t("members.invite.emailLabel")}
              error={inviteError}
              defaultValue={inviteError ? (one(params.email) ?? "") : undefined}
              autoFocus={Boolean(inviteError)}
            />
            <div className="space-y-1">
              <label htmlFor="invite-role" className="block font-semibold text-slate-900">
                {t("members.invite.roleLabel")}
              </label>
              <select id="invite-role" name="role" defaultValue={(inviteError && one(params.role)) || "viewer"} className={selectClass}>
                {assignable.map((r) => (
                  <option key={r} value={r}>
                    {roleName(r)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={primaryButtonClass}>
              {t("members.invite.submit")}
            </button>
          </form>
        </section>
      ) : null}

      {manages ? (
        <section aria-labelledby="invitations-title" className="space-y-3">
          <h2 id="invitations-title" className="text-xl font-semibold text-slate-900">
            {t("members.invitations.caption")}
          </h2>
          {invitations.length === 0 ? (
            <p className="text-slate-700">{t("members.invitations.empty")}</p>
          ) : (
            <table className="w-full max-w-4xl text-left text-sm" aria-labelledby="invitations-title">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-4">{t("members.invitations.email")}</th>
                  <th scope="col" className="py-2 pr-4">{t("members.invitations.role")}</th>
                  <th scope="col" className="py-2 pr-4">{t("members.invitations.expires")}</th>
                  <th scope="col" className="py-2">{t("members.list.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id} id={`invitation-${invitation.id}`} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-normal">{invitation.email}</th>
                    <td className="py-2 pr-4">{roleName(invitation.role)}</td>
                    <td className="py-2 pr-4">
                      <time dateTime={invitation.expiresAt.toISOString()}>{invitation.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
                    </td>
                    <td className="space-y-2 py-2">
                      {error && errorInvitation === invitation.id ? (
                        <p role="alert" className="font-medium text-red-800">
                          {errorText}
                        </p>
                      ) : null}
                      {mayAssign(mine, invitation.role) ? (
                        <form action={revokeInvitationAction}>
                          {orgField}
                          <input type="hidden" name="invitation" value={invitation.id} />
                          <button type="submit" className={secondaryButtonClass} aria-label={t("members.invitations.withdrawLabel", { email: invitation.email })}>
                            {t("members.invitations.withdraw")}
                          </button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}

      <section aria-labelledby="leave-title" className="max-w-xl space-y-3">
        <h2 id="leave-title" className="text-xl font-semibold text-slate-900">
          {t("members.leave.title")}
        </h2>
        <p className="text-slate-700">{t("members.leave.intro", { organization: current.name })}</p>
        {error && errorRow === user.id ? (
          <Notice tone="error" role="alert">
            <p>{errorText}</p>
          </Notice>
        ) : null}
        <form action={leaveOrganizationAction}>
          {orgField}
          <button type="submit" className={secondaryButtonClass}>
            {t("members.leave.submit", { organization: current.name })}
          </button>
        </form>
      </section>
    </div>
  );
}
