// Members of an organization: roles and what they allow, invitations by email, role changes,
// removal, leaving and handing over ownership. Callers establish who the actor is and their
// current role in the organization (a session, then its membership) before calling.
export { ROLES, can, isRole, mayAssign, type Role, type Permission } from "./roles";
export { MembersError, type MembersErrorCode } from "./errors";
export { actorRole } from "./actor";
export { inviteMember, listInvitations, revokeInvitation, acceptInvitation, INVITATION_DAYS, previewInvitation, type Actor, type PendingInvitation, type InvitationPreview, type InvitationState } from "./invitations";
export { listMembers, changeRole, removeMember, leaveOrganization, transferOwnership, type Member } from "./memberships";
export { invitationEmailContent, invitationUrl, sendInvitationEmail, type InvitationEmail } from "./mail";
