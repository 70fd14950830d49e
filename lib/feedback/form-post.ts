// A feedback form posted to a page that ships no JavaScript (/search, sent by a Pages Router
// route: components/search/search-response.tsx), which gets the raw request: the body is read
// here — bounded, form encoded only, and only from this site (the check Next.js makes for
// server actions).
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { i18nFor, type Locale } from "@/lib/i18n";
import { requestHost, submitHelpfulFeedback } from "./submit";
import type { HelpfulFormState } from "./types";

/** Far above what the forms' maxlength allows (a 2,000-character comment and page, encoded). */
export const FORM_POST_MAX_BYTES = 64 * 1024;

export type FormPostResult = { ok: true; form: FormData } | { ok: false; status: 403 | 413 | 415; reason: string };

/** The request's headers as a Headers object (repeated headers joined, as fetch does). */
export function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

/** True unless the post names another site as its origin (browsers send Origin with every form post). */
export function sameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host === requestHost(headers);
  } catch {
    return false;
  }
}

async function readBody(request: IncomingMessage, max: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    // Past the limit nothing more is kept; the rest is read and dropped, so that the answer
    // (413) can still be sent on the connection.
    if (size <= max) chunks.push(chunk as Buffer);
  }
  return size > max ? null : Buffer.concat(chunks).toString("utf8");
}

/** The posted form, or why it is refused (`headers`: the request's, as toHeaders gives them). */
export async function readFormPost(request: IncomingMessage, headers: Headers, max = FORM_POST_MAX_BYTES): Promise<FormPostResult> {
  if (!sameOrigin(headers)) return { ok: false, status: 403, reason: "cross-origin post" };
  const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") return { ok: false, status: 415, reason: `content type ${type ?? "missing"}` };
  const declared = Number(headers.get("content-length") ?? 0);
  if (declared > max) return { ok: false, status: 413, reason: `body of ${declared} bytes` };
  const body = await readBody(request, max);
  if (body === null) return { ok: false, status: 413, reason: `body over ${max} bytes` };
  const form = new FormData();
  for (const [name, value] of new URLSearchParams(body)) form.append(name, value);
  return { ok: true, form };
}

/**
 * "Was this helpful?" posted to a page without JavaScript: the state to render the form in,
 * and the HTTP status to answer with (200 for an answer the form shows, 4xx/5xx otherwise).
 */
export async function answerHelpfulPost(request: IncomingMessage, locale: Locale): Promise<{ state: HelpfulFormState; status: number }> {
  const headers = toHeaders(request.headers);
  const post = await readFormPost(request, headers);
  if (!post.ok) {
    console.warn("feedback post refused", { reason: post.reason });
    return { state: { status: "error", message: i18nFor(locale).t("feedback.error.form"), values: {} }, status: post.status };
  }
  const state = await submitHelpfulFeedback(post.form, { locale, headers });
  const status = state.status === "rateLimited" ? 429 : state.status === "error" ? 503 : 200;
  return { state, status };
}
