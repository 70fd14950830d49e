// Sign-in and sessions (next-auth v5, docs/adr/0009).
//
//   currentUser()              the signed-in user of this request, or null (server components,
//                              route handlers, server actions)
//   requireUser(path)          the same, or a redirect to sign-in returning to `path`
//   requestMagicLink(…)        sends a sign-in link (server action of /sign-in)
//   signOutHere() / signOutEverywhere()
//   proxy side: areaOf, guardDecision, checkSession (lib/auth/session-check), readSessionToken (no Auth.js involved)
export { currentUser, currentSession, currentSessionToken, requireUser, requestMagicLink, signOutHere, signOutEverywhere, type CurrentUser, type MagicLinkRequest } from "./actions";
export { handlers } from "./auth";
export { authRoute } from "./route";
export { APP_HOME, SIGN_IN_PATH, areaOf, canonicalPath, guardDecision, safeCallbackPath, type Area, type GuardDecision } from "./guard";
