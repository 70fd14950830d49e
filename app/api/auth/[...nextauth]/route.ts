// Auth.js's endpoints: the magic link's callback, sign-in, sign-out, CSRF token, session.
import { authRoute } from "@/lib/auth";

export const { GET, POST } = authRoute;
