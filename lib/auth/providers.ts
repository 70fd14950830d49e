// Provider ids shared by the Auth.js configuration, its route handlers and the session records.

/** The magic-link provider (Auth.js's Nodemailer provider). */
export const EMAIL_PROVIDER = "nodemailer";
