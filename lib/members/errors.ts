export type MembersErrorCode =
  | "forbidden"
  | "invalid_email"
  | "invalid_role"
  | "already_member"
  | "not_member"
  | "invitation_invalid"
  | "invitation_expired"
  | "invitation_used"
  | "invitation_other_email"
  | "last_owner"
  | "seat_limit";

/** A refused membership change, with a sentence for the person who tried it. */
export class MembersError extends Error {
  constructor(
    readonly code: MembersErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "MembersError";
  }
}
