// One feedback form post from start to finish (what the server actions do), against the test
// database: stored when valid, field errors in the visitor's language, the honeypot, the rate
// limit, a database failure, and logs without personal data.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { closePool } from "@/lib/db/pool";
import {
  HONEYPOT_FIELD,
  createFeedbackRateLimiter,
  listFeedback,
  submitHelpfulFeedback,
  submitWrongPriceFeedback,
  type FeedbackRateLimiter,
} from "@/lib/feedback";
import { resetDatabase, withClient } from "../../support/db";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const REPORT = {
  page: "/hospitals/general",
  hospital: "general",
  service: "CPT 70551",
  shown_price: "$1,250.00",
  message: "The hospital's list says $950.",
  email: "visitor@example.org",
  [HONEYPOT_FIELD]: "",
};

let limiter: FeedbackRateLimiter;
let ip = 0;
const request = (over: { locale?: "en" | "es"; headers?: Record<string, string> } = {}) => ({
  locale: over.locale ?? "en",
  headers: new Headers({ host: "priceline.test", "x-forwarded-for": `192.0.2.${++ip}`, ...over.headers }),
  limiter,
});
const count = () => withClient(async (c) => Number((await c.query("SELECT count(*) FROM feedback")).rows[0].count));

beforeEach(async () => {
  await resetDatabase();
  limiter = createFeedbackRateLimiter();
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await closePool();
});

describe("submitWrongPriceFeedback", () => {
  it("stores a valid report with the request's language", async () => {
    expect(await submitWrongPriceFeedback(form(REPORT), request({ locale: "es" }))).toEqual({ status: "ok" });
    const [entry] = (await listFeedback()).items;
    expect(entry).toMatchObject({
      kind: "wrong_price",
      status: "new",
      page: "/hospitals/general",
      hospitalSlug: "general",
      service: "CPT 70551",
      shownPrice: "$1,250.00",
      message: "The hospital's list says $950.",
      contactEmail: "visitor@example.org",
      locale: "es",
    });
  });

  it("stores the path of an absolute URL on its own host, and refuses other hosts", async () => {
    expect(await submitWrongPriceFeedback(form({ ...REPORT, page: "https://priceline.test/hospitals/general?after=50" }), request())).toEqual({ status: "ok" });
    expect((await listFeedback()).items[0]!.page).toBe("/hospitals/general?after=50");
    const foreign = await submitWrongPriceFeedback(form({ ...REPORT, page: "https://evil.example/phish" }), request());
    expect(foreign).toMatchObject({ status: "invalid", errors: { form: "This form could not be sent. Please reload the page and try again." } });
    expect(await count()).toBe(1);
  });

  it("returns field errors in the visitor's language and what was typed, and stores nothing", async () => {
    const typed = { ...REPORT, service: " ", message: "", email: "nope" };
    const state = await submitWrongPriceFeedback(form(typed), request({ locale: "es" }));
    expect(state).toEqual({
      status: "invalid",
      errors: {
        service: "Escriba el servicio o su código de facturación.",
        message: "Díganos qué está mal o cuál es el precio correcto.",
        email: "Escriba un correo electrónico como nombre@ejemplo.com o deje el campo vacío.",
      },
      values: { service: " ", shownPrice: "$1,250.00", email: "nope" },
    });
    expect(await count()).toBe(0);
  });

  it("speaks the language the form was shown in, and stores it; an unknown one falls back to the request's", async () => {
    const state = await submitWrongPriceFeedback(form({ ...REPORT, locale: "es", message: "" }), request({ locale: "en" }));
    expect(state).toMatchObject({ status: "invalid", errors: { message: "Díganos qué está mal o cuál es el precio correcto." } });
    expect(await submitWrongPriceFeedback(form({ ...REPORT, locale: "es" }), request({ locale: "en" }))).toEqual({ status: "ok" });
    expect(await submitHelpfulFeedback(form({ page: "/", helpful: "yes", locale: "fr" }), request({ locale: "en" }))).toEqual({ status: "ok" });
    expect((await listFeedback()).items.map((e) => e.locale)).toEqual(["en", "es"]);
  });

  it("accepts a filled honeypot silently and stores nothing", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(await submitWrongPriceFeedback(form({ ...REPORT, [HONEYPOT_FIELD]: "http://spam.example" }), request())).toEqual({ status: "ok" });
    // Even an otherwise invalid bot post looks accepted.
    expect(await submitWrongPriceFeedback(form({ [HONEYPOT_FIELD]: "x" }), request())).toEqual({ status: "ok" });
    expect(await count()).toBe(0);
    expect(JSON.stringify(warn.mock.calls)).not.toContain("spam.example");
  });

  it("refuses the 6th submission from one client within 10 minutes, not another client's", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const same = { headers: { "x-forwarded-for": "198.51.100.77" } };
    for (let i = 0; i < 5; i++) expect(await submitWrongPriceFeedback(form(REPORT), request(same))).toEqual({ status: "ok" });
    const refused = await submitWrongPriceFeedback(form(REPORT), request(same));
    expect(refused).toMatchObject({
      status: "rateLimited",
      message: "You have sent several messages in a short time. Please try again in 10 minutes.",
      values: { message: REPORT.message },
    });
    expect(refused.status === "rateLimited" && refused.retryAfterSeconds).toBeGreaterThan(500);
    // The two forms share the allowance.
    expect(await submitHelpfulFeedback(form({ page: "/", helpful: "yes", locale: "es" }), request(same))).toMatchObject({
      status: "rateLimited",
      message: "Ha enviado varios mensajes en poco tiempo. Vuelva a intentarlo en 10 minutos.",
    });
    expect(await submitWrongPriceFeedback(form(REPORT), request())).toEqual({ status: "ok" });
    expect(await count()).toBe(6);
  });

  it("does not spend the allowance on invalid posts", async () => {
    const same = { headers: { "x-forwarded-for": "198.51.100.78" } };
    for (let i = 0; i < 8; i++) expect((await submitWrongPriceFeedback(form({ ...REPORT, message: "" }), request(same))).status).toBe("invalid");
    expect(await submitWrongPriceFeedback(form(REPORT), request(same))).toEqual({ status: "ok" });
  });

  it("answers a database failure with an error state, and logs no personal data", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const failure = Object.assign(new Error(`insert failed: ${REPORT.email} ${REPORT.message}`), { code: "XX000" });
    const state = await submitWrongPriceFeedback(form(REPORT), { ...request(), save: () => Promise.reject(failure) });
    expect(state).toMatchObject({
      status: "error",
      message: "We could not send your message right now. Please try again later.",
      values: { email: REPORT.email },
    });
    expect(logged).toHaveBeenCalledTimes(1);
    const log = JSON.stringify(logged.mock.calls);
    expect(log).toContain("XX000");
    for (const secret of [REPORT.email, REPORT.message, "192.0.2."]) expect(log).not.toContain(secret);
  });
});

describe("submitHelpfulFeedback", () => {
  it("stores yes and no, with an optional comment and the page's context", async () => {
    expect(await submitHelpfulFeedback(form({ page: "/hospitals/general", hospital: "general", helpful: "yes" }), request())).toEqual({ status: "ok" });
    expect(
      await submitHelpfulFeedback(form({ page: "/search?q=mri", query: "mri", helpful: "no", comment: "  Missing my insurer. " }), request({ locale: "es" })),
    ).toEqual({ status: "ok" });
    const items = (await listFeedback()).items.map(({ kind, page, hospitalSlug, query, message, locale }) => ({ kind, page, hospitalSlug, query, message, locale }));
    expect(items).toEqual([
      { kind: "not_helpful", page: "/search?q=mri", hospitalSlug: null, query: "mri", message: "Missing my insurer.", locale: "es" },
      { kind: "helpful", page: "/hospitals/general", hospitalSlug: "general", query: null, message: null, locale: "en" },
    ]);
  });

  it("asks for a choice in the visitor's language", async () => {
    expect(await submitHelpfulFeedback(form({ page: "/", comment: "hi" }), request({ locale: "es" }))).toEqual({
      status: "invalid",
      errors: { helpful: "Elija “Sí” o “No mucho”." },
      values: { comment: "hi" },
    });
  });

  it("uses the process-wide limiter by default", async () => {
    const withDefaultLimiter = { ...request(), limiter: undefined };
    expect(await submitHelpfulFeedback(form({ page: "/", helpful: "yes" }), withDefaultLimiter)).toEqual({ status: "ok" });
    expect(await count()).toBe(1);
  });
});
