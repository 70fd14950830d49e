// A local stand-in for the part of Stripe's REST API this app uses, for tests and for
// `npm run dev` / `npm start` without STRIPE_SECRET_KEY. It is a real HTTP server the real
// `stripe` client talks to (form-encoded requests, Stripe-shaped JSON objects, lists and
// errors, Idempotency-Key replay), plus what Stripe hosts: a checkout page whose "Pay" creates
// the subscription, and a customer portal page (cancel, resume). Every state change emits a
// Stripe event, signed with Stripe's real scheme (t=…,v1=HMAC-SHA256) and POSTed to the
// webhook URL, the way Stripe delivers them. Not a payment system: nothing is charged.
//
// Covered: customers, products, prices (lookup keys), billing meters and meter events,
// checkout sessions (subscription mode), subscriptions and their items, invoices (list and
// create_preview), billing portal sessions, events. Test controls under /_standin/ (and on the
// returned object): fail or pay a subscription's invoice, hold events for manual delivery.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { parseForm, type FormValue } from "./form";

type Obj = Record<string, unknown> & { id: string };
type Params = Record<string, FormValue>;

export interface StandinOptions {
  port?: number;
  host?: string;
  /** Where events are POSTed; none: they are only kept (standin.events). */
  webhookUrl?: string;
  webhookSecret?: string;
  /** The API key clients must send; random by default. */
  secretKey?: string;
  /** A JSON file the objects are kept in across restarts (`npm run dev`); none: memory only. */
  stateFile?: string;
  /** false: events are kept in `held` until deliver() (tests of order and duplicates). */
  autoDeliver?: boolean;
  log?: (line: string) => void;
}

export interface StripeStandin {
  url: string;
  port: number;
  secretKey: string;
  webhookSecret: string;
  events: Stripe.Event[];
  held: Stripe.Event[];
  meterEvents: Obj[];
  objects: Map<string, Obj>;
  setWebhookUrl(url: string | undefined): void;
  setAutoDeliver(on: boolean): void;
  /** Signs and POSTs an event to the webhook URL; returns the app's status code. */
  deliver(event: Stripe.Event): Promise<number>;
  sign(payload: string, timestamp?: number): string;
  failPayment(subscriptionId: string): Promise<Stripe.Event[]>;
  payInvoice(subscriptionId: string): Promise<Stripe.Event[]>;
  /** Completes a checkout session as the hosted page's Pay button does (no redirect). */
  completeCheckout(sessionId: string): Promise<Obj>;
  advanceClock(seconds: number): void;
  close(): Promise<void>;
}

const STATIC_SEGMENTS = new Set(["customers", "products", "prices", "billing", "meters", "meter_events", "checkout", "sessions", "billing_portal", "subscriptions", "subscription_items", "invoices", "create_preview", "events"]);
const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`;
const str = (v: FormValue | undefined) => (typeof v === "string" ? v : undefined);
const num = (v: FormValue | undefined) => (typeof v === "string" && v !== "" ? Number(v) : undefined);
const bool = (v: FormValue | undefined) => (v === undefined ? undefined : v === "true");
const rec = (v: FormValue | undefined) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, FormValue>) : {});
const arr = (v: FormValue | undefined) => (Array.isArray(v) ? v : v && typeof v === "object" ? Object.values(v) : v === undefined ? [] : [v]);
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
  }
}

const missing = (what: string, key: string) => new ApiError(404, "invalid_request_error", `No such ${what}: '${key}'`, "resource_missing", "id");

export async function startStripeStandin(options: StandinOptions = {}): Promise<StripeStandin> {
  const host = options.host ?? "127.0.0.1";
  const secretKey = options.secretKey ?? `sk_test_standin_${randomBytes(8).toString("hex")}`;
  const webhookSecret = options.webhookSecret ?? `whsec_standin_${randomBytes(16).toString("hex")}`;
  const log = options.log ?? (() => {});
  let webhookUrl = options.webhookUrl;
  let autoDeliver = options.autoDeliver ?? true;
  let clockOffset = 0;
  const nowSeconds = () => Math.floor(Date.now() / 1000) + clockOffset;
  const objects = new Map<string, Obj>();
  const events: Stripe.Event[] = [];
  const held: Stripe.Event[] = [];
  const meterEvents: Obj[] = [];
  const meterIdentifiers = new Set<string>();
  const idempotent = new Map<string, { status: number; body: string }>();
  let base = "";
  let invoiceNumber = 0;

  // Kept across restarts when a state file is given: objects, meter events and their identifiers.
  if (options.stateFile && existsSync(options.stateFile)) {
    const saved = JSON.parse(readFileSync(options.stateFile, "utf8")) as { objects: Obj[]; meterEvents: Obj[]; invoiceNumber: number };
    for (const o of saved.objects) objects.set(o.id, o);
    for (const e of saved.meterEvents) {
      meterEvents.push(e);
      meterIdentifiers.add(String(e.identifier));
    }
    invoiceNumber = saved.invoiceNumber;
  }
  const save = () => {
    if (!options.stateFile) return;
    mkdirSync(path.dirname(options.stateFile), { recursive: true });
    writeFileSync(options.stateFile, JSON.stringify({ objects: [...objects.values()], meterEvents, invoiceNumber }));
  };

  const put = <T extends Obj>(o: T): T => (objects.set(o.id, o), o);
  const get = (key: string, what: string, object?: string): Obj => {
    const o = objects.get(key);
    if (!o || (object && o.object !== object)) throw missing(what, key);
    return o;
  };
  const all = (object: string) => [...objects.values()].filter((o) => o.object === object);
  const list = (data: Obj[], url: string) => ({ object: "list", data, has_more: false, url });
  const expandPrice = (priceId: string) => get(priceId, "price", "price");

  const sign = (payload: string, timestamp = Math.floor(Date.now() / 1000)) => Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret, timestamp });

  async function deliver(event: Stripe.Event): Promise<number> {
    if (!webhookUrl) return 0;
    const payload = JSON.stringify(event, null, 2);
    const response = await fetch(webhookUrl, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": sign(payload) }, body: payload });
    log(`Stripe stand-in: ${event.type} (${event.id}) → ${response.status}`);
    return response.status;
  }

  async function emit(type: string, object: Obj): Promise<Stripe.Event> {
    const event = {
      id: id("evt"),
      object: "event",
      api_version: Stripe.API_VERSION,
      created: nowSeconds(),
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    } as unknown as Stripe.Event;
    events.push(event);
    if (autoDeliver) await deliver(event).catch((e: Error) => log(`Stripe stand-in: delivery of ${event.id} failed: ${e.message}`));
    else held.push(event);
    return event;
  }

  function subscriptionView(sub: Obj): Obj {
    const items = (sub._items as string[]).map((i) => {
      const item = get(i, "subscription item");
      return { ...item, price: expandPrice(item._price as string) };
    });
    const { _items, ...rest } = sub;
    void _items;
    const data = items.map((i) => Object.fromEntries(Object.entries(i).filter(([k]) => k !== "_price")));
    return { ...rest, items: { object: "list", data, has_more: false, url: `/v1/subscription_items?subscription=${sub.id}` } } as Obj;
  }

  function seatTotal(sub: Obj): number {
    let total = 0;
    for (const i of sub._items as string[]) {
      const item = get(i, "subscription item");
      const price = expandPrice(item._price as string);
      const recurring = price.recurring as { usage_type?: string } | null;
      if (recurring?.usage_type === "metered") {
        const used = meterEvents.filter((e) => (e.payload as Record<string, string>).stripe_customer_id === sub.customer).reduce((n, e) => n + Number((e.payload as Record<string, string>).value), 0);
        total += Math.round(used * Number(price.unit_amount_decimal ?? price.unit_amount ?? 0));
      } else total += Number(price.unit_amount ?? 0) * Number(item.quantity ?? 1);
    }
    return total;
  }

  function newInvoice(sub: Obj, status: string, total: number): Obj {
    invoiceNumber += 1;
    const inv = put({
      id: id("in"),
      object: "invoice",
      customer: sub.customer,
      status,
      total,
      subtotal: total,
      amount_due: total,
      amount_paid: status === "paid" ? total : 0,
      currency: "usd",
      created: nowSeconds(),
      number: `STANDIN-${String(invoiceNumber).padStart(4, "0")}`,
      attempt_count: status === "paid" ? 1 : 0,
      next_payment_attempt: null,
      parent: { type: "subscription_details", subscription_details: { subscription: sub.id, metadata: sub.metadata } },
    } as Obj);
    inv.hosted_invoice_url = `${base}/invoices/${inv.id}`;
    inv.invoice_pdf = `${base}/invoices/${inv.id}.pdf`;
    return inv;
  }

  async function completeCheckout(sessionId: string): Promise<Obj> {
    const session = get(sessionId, "checkout session", "checkout.session");
    if (session.status === "complete") return session;
    const now = nowSeconds();
    const data = rec(session._subscription_data as FormValue);
    const trialDays = num(data.trial_period_days);
    const sub = put({
      id: id("sub"),
      object: "subscription",
      customer: session.customer,
      status: trialDays ? "trialing" : "active",
      metadata: rec(data.metadata),
      created: now,
      trial_end: trialDays ? now + trialDays * 86400 : null,
      cancel_at_period_end: false,
      canceled_at: null,
      _items: [] as string[],
    } as Obj);
    for (const line of session._line_items as { price: string; quantity?: number }[]) {
      const item = put({
        id: id("si"),
        object: "subscription_item",
        subscription: sub.id,
        quantity: line.quantity ?? (((expandPrice(line.price).recurring as { usage_type?: string })?.usage_type === "metered") ? undefined : 1),
        current_period_start: now,
        current_period_end: now + 30 * 86400,
        created: now,
        _price: line.price,
      } as Obj);
      (sub._items as string[]).push(item.id);
    }
    const invoice = newInvoice(sub, "paid", trialDays ? 0 : seatTotal(sub));
    session.status = "complete";
    session.payment_status = trialDays ? "no_payment_required" : "paid";
    session.subscription = sub.id;
    await emit("customer.subscription.created", subscriptionView(sub));
    await emit("invoice.paid", invoice);
    await emit("checkout.session.completed", publicSession(session));
    return session;
  }

  function publicSession(s: Obj): Obj {
    return Object.fromEntries(Object.entries(s).filter(([k]) => !k.startsWith("_"))) as Obj;
  }

  async function failPayment(subscriptionId: string): Promise<Stripe.Event[]> {
    const sub = get(subscriptionId, "subscription", "subscription");
    const invoice = newInvoice(sub, "open", seatTotal(sub));
    invoice.attempt_count = 1;
    invoice.next_payment_attempt = nowSeconds() + 3 * 86400;
    sub.status = "past_due";
    sub.latest_invoice = invoice.id;
    return [await emit("invoice.payment_failed", invoice), await emit("customer.subscription.updated", subscriptionView(sub))];
  }

  async function payInvoice(subscriptionId: string): Promise<Stripe.Event[]> {
    const sub = get(subscriptionId, "subscription", "subscription");
    const open = all("invoice").filter((i) => i.customer === sub.customer && i.status === "open");
    const out: Stripe.Event[] = [];
    for (const invoice of open.length ? open : [newInvoice(sub, "open", seatTotal(sub))]) {
      invoice.status = "paid";
      invoice.amount_paid = invoice.total;
      invoice.next_payment_attempt = null;
      out.push(await emit("invoice.paid", invoice));
    }
    sub.status = "active";
    out.push(await emit("customer.subscription.updated", subscriptionView(sub)));
    return out;
  }

  async function updateSubscription(sub: Obj, p: Params): Promise<Obj> {
    if (sub.status === "canceled") throw new ApiError(400, "invalid_request_error", "A canceled subscription can only update its cancellation_details and metadata.");
    for (const raw of arr(p.items)) {
      const change = rec(raw);
      const itemId = str(change.id);
      const item = itemId ? get(itemId, "subscription item") : undefined;
      if (!item) throw new ApiError(400, "invalid_request_error", "items[].id is required by the stand-in", undefined, "items");
      if (str(change.price)) item._price = expandPrice(str(change.price)!).id;
      if (num(change.quantity) !== undefined) item.quantity = num(change.quantity);
    }
    const cancel = bool(p.cancel_at_period_end);
    if (cancel !== undefined) sub.cancel_at_period_end = cancel;
    if (p.metadata) sub.metadata = { ...(sub.metadata as object), ...rec(p.metadata) };
    const view = subscriptionView(sub);
    await emit("customer.subscription.updated", view);
    return view;
  }

  async function cancelSubscription(sub: Obj): Promise<Obj> {
    sub.status = "canceled";
    sub.canceled_at = nowSeconds();
    sub.cancel_at_period_end = false;
    const view = subscriptionView(sub);
    await emit("customer.subscription.deleted", view);
    return view;
  }

  // ── the REST API ─────────────────────────────────────────────────────────────────────────
  async function api(method: string, path: string, p: Params): Promise<unknown> {
    const parts = path.split("/").filter(Boolean).slice(1); // after "v1"
    const ids = parts.filter((s) => !STATIC_SEGMENTS.has(s));
    const b = ids[0];
    const route = `${method} /${parts.map((s) => (STATIC_SEGMENTS.has(s) ? s : ":id")).join("/")}`;
    switch (route) {
      case "POST /customers": {
        return put({ id: id("cus"), object: "customer", name: str(p.name) ?? null, email: str(p.email) ?? null, metadata: rec(p.metadata), created: nowSeconds() });
      }
      case "GET /customers/:id":
        return get(b!, "customer", "customer");
      case "POST /customers/:id": {
        const cus = get(b!, "customer", "customer");
        if (p.email !== undefined) cus.email = str(p.email) || null;
        if (p.name !== undefined) cus.name = str(p.name) || null;
        if (p.metadata) cus.metadata = { ...(cus.metadata as object), ...rec(p.metadata) };
        await emit("customer.updated", cus);
        return cus;
      }
      case "POST /products": {
        const productId = str(p.id) ?? id("prod");
        if (objects.has(productId)) throw new ApiError(400, "invalid_request_error", `Product already exists.`, "resource_already_exists", "id");
        return put({ id: productId, object: "product", name: str(p.name), description: str(p.description) ?? null, active: true, metadata: rec(p.metadata), created: nowSeconds() });
      }
      case "GET /products/:id":
        return get(b!, "product", "product");
      case "POST /products/:id": {
        const prod = get(b!, "product", "product");
        if (str(p.name)) prod.name = str(p.name);
        if (p.description !== undefined) prod.description = str(p.description) || null;
        if (p.metadata) prod.metadata = { ...(prod.metadata as object), ...rec(p.metadata) };
        return prod;
      }
      case "GET /prices": {
        const keys = arr(p.lookup_keys).map(String);
        const active = bool(p.active);
        return list(all("price").filter((x) => (!keys.length || keys.includes(String(x.lookup_key))) && (active === undefined || x.active === active)), "/v1/prices");
      }
      case "POST /prices": {
        const lookup = str(p.lookup_key) ?? null;
        if (lookup) {
          const holder = all("price").find((x) => x.lookup_key === lookup);
          if (holder && p.transfer_lookup_key !== "true") throw new ApiError(400, "invalid_request_error", `A price (${holder.id}) already uses that lookup key.`, "lookup_key_exists", "lookup_key");
          if (holder) holder.lookup_key = null;
        }
        const recurring = rec(p.recurring);
        get(str(p.product)!, "product", "product");
        return put({
          id: id("price"),
          object: "price",
          product: str(p.product),
          lookup_key: lookup,
          currency: str(p.currency) ?? "usd",
          unit_amount: num(p.unit_amount) ?? null,
          unit_amount_decimal: str(p.unit_amount_decimal) ?? (p.unit_amount ? String(p.unit_amount) : null),
          recurring: p.recurring ? { interval: str(recurring.interval) ?? "month", usage_type: str(recurring.usage_type) ?? "licensed", meter: str(recurring.meter) ?? null } : null,
          type: p.recurring ? "recurring" : "one_time",
          active: true,
          metadata: rec(p.metadata),
          created: nowSeconds(),
        });
      }
      case "GET /prices/:id":
        return expandPrice(b!);
      case "POST /prices/:id": {
        const price = expandPrice(b!);
        if (p.active !== undefined) price.active = bool(p.active);
        if (p.metadata) price.metadata = { ...(price.metadata as object), ...rec(p.metadata) };
        return price;
      }
      case "GET /billing/meters":
        return list(all("billing.meter"), "/v1/billing/meters");
      case "POST /billing/meters": {
        const eventName = str(p.event_name)!;
        if (all("billing.meter").some((m) => m.event_name === eventName)) throw new ApiError(400, "invalid_request_error", `A meter with event_name ${eventName} already exists.`, "resource_already_exists", "event_name");
        return put({
          id: id("mtr"),
          object: "billing.meter",
          display_name: str(p.display_name),
          event_name: eventName,
          status: "active",
          default_aggregation: { formula: str(rec(p.default_aggregation).formula) ?? "sum" },
          customer_mapping: { type: "by_id", event_payload_key: "stripe_customer_id" },
          value_settings: { event_payload_key: "value" },
          created: nowSeconds(),
        });
      }
      case "POST /billing/meter_events": {
        const identifier = str(p.identifier) ?? id("mev");
        if (meterIdentifiers.has(identifier)) {
          throw new ApiError(400, "invalid_request_error", `An event already exists with identifier ${identifier}.`, "resource_already_exists", "identifier");
        }
        if (!all("billing.meter").some((m) => m.event_name === str(p.event_name))) throw new ApiError(400, "invalid_request_error", `No active meter with event_name ${str(p.event_name)}.`, "resource_missing", "event_name");
        meterIdentifiers.add(identifier);
        const ev = { id: identifier, object: "billing.meter_event", event_name: str(p.event_name), identifier, payload: rec(p.payload), timestamp: num(p.timestamp) ?? nowSeconds(), created: nowSeconds(), livemode: false };
        meterEvents.push(ev);
        return ev;
      }
      case "POST /checkout/sessions": {
        if (str(p.mode) !== "subscription") throw new ApiError(400, "invalid_request_error", "The stand-in supports mode=subscription only.", undefined, "mode");
        const lines = arr(p.line_items).map((l) => {
          const line = rec(l);
          const price = expandPrice(str(line.price)!);
          return { price: price.id, quantity: num(line.quantity) };
        });
        const customer = str(p.customer);
        if (customer) get(customer, "customer", "customer");
        const session = put({
          id: id("cs_test"),
          object: "checkout.session",
          mode: "subscription",
          status: "open",
          payment_status: "unpaid",
          customer: customer ?? null,
          client_reference_id: str(p.client_reference_id) ?? null,
          metadata: rec(p.metadata),
          subscription: null,
          success_url: str(p.success_url),
          cancel_url: str(p.cancel_url) ?? null,
          created: nowSeconds(),
          _line_items: lines,
          _subscription_data: p.subscription_data ?? {},
        } as Obj);
        session.url = `${base}/checkout/${session.id}`;
        return publicSession(session);
      }
      case "GET /checkout/sessions/:id":
        return publicSession(get(b!, "checkout session", "checkout.session"));
      case "POST /billing_portal/sessions": {
        const customer = get(str(p.customer)!, "customer", "customer");
        const session = put({ id: id("bps"), object: "billing_portal.session", customer: customer.id, return_url: str(p.return_url) ?? null, created: nowSeconds(), livemode: false } as Obj);
        session.url = `${base}/portal/${session.id}`;
        return session;
      }
      case "GET /subscriptions/:id":
        return subscriptionView(get(b!, "subscription", "subscription"));
      case "POST /subscriptions/:id":
        return updateSubscription(get(b!, "subscription", "subscription"), p);
      case "DELETE /subscriptions/:id":
        return cancelSubscription(get(b!, "subscription", "subscription"));
      case "POST /subscription_items/:id": {
        const item = get(b!, "subscription item", "subscription_item");
        const sub = get(item.subscription as string, "subscription", "subscription");
        await updateSubscription(sub, { items: [{ id: item.id, ...(p.quantity ? { quantity: p.quantity } : {}), ...(p.price ? { price: p.price } : {}) }] });
        const { _price, ...rest } = item;
        return { ...rest, price: expandPrice(_price as string) };
      }
      case "GET /invoices": {
        const customer = str(p.customer);
        const limit = num(p.limit) ?? 10;
        return list(all("invoice").filter((i) => !customer || i.customer === customer).sort((x, y) => Number(y.created) - Number(x.created)).slice(0, limit), "/v1/invoices");
      }
      case "POST /invoices/create_preview": {
        const subId = str(p.subscription);
        const sub = subId ? get(subId, "subscription", "subscription") : all("subscription").find((s) => s.customer === str(p.customer) && s.status !== "canceled");
        if (!sub) throw new ApiError(404, "invalid_request_error", "No upcoming invoices for customer", "invoice_upcoming_none");
        const total = seatTotal(sub);
        const item = get((sub._items as string[])[0]!, "subscription item");
        return { id: `upcoming_${sub.id}`, object: "invoice", customer: sub.customer, status: "draft", total, subtotal: total, amount_due: total, currency: "usd", created: nowSeconds(), next_payment_attempt: item.current_period_end, parent: { type: "subscription_details", subscription_details: { subscription: sub.id } } };
      }
      case "GET /events/:id":
        return events.find((e) => e.id === b) ?? (() => { throw missing("event", b!); })();
      default:
        throw new ApiError(404, "invalid_request_error", `Unrecognized request URL (${method}: ${path}). The Stripe stand-in does not implement it.`);
    }
  }

  // ── the hosted pages ─────────────────────────────────────────────────────────────────────
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:40rem;margin:2rem auto">
<p><strong>Stripe stand-in</strong> (local, for development and tests: nothing is charged)</p>${body}</body></html>`;

  async function hosted(method: string, path: string, res: ServerResponse): Promise<boolean> {
    const checkout = /^\/checkout\/([\w]+)(\/pay)?$/.exec(path);
    if (checkout) {
      const session = get(checkout[1]!, "checkout session", "checkout.session");
      if (method === "POST" && checkout[2]) {
        await completeCheckout(session.id);
        res.writeHead(303, { location: String(session.success_url).replace("{CHECKOUT_SESSION_ID}", session.id) }).end();
        return true;
      }
      const lines = (session._line_items as { price: string; quantity?: number }[]).map((l) => {
        const price = expandPrice(l.price);
        const product = objects.get(String(price.product));
        return `<li>${escapeHtml(String(product?.name ?? price.id))}${l.quantity ? ` × ${l.quantity}` : " (metered)"}</li>`;
      });
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
        page(
          "Checkout",
          `<h1>Checkout</h1><ul>${lines.join("")}</ul>
<form method="post" action="/checkout/${session.id}/pay"><button type="submit">Pay</button></form>
${session.cancel_url ? `<p><a href="${escapeHtml(String(session.cancel_url))}">Cancel</a></p>` : ""}`,
        ),
      );
      return true;
    }
    const portal = /^\/portal\/([\w]+)(?:\/(cancel|resume))?$/.exec(path);
    if (portal) {
      const session = get(portal[1]!, "portal session", "billing_portal.session");
      const sub = all("subscription").find((s) => s.customer === session.customer && s.status !== "canceled");
      if (method === "POST" && portal[2] && sub) {
        await updateSubscription(sub, { cancel_at_period_end: portal[2] === "cancel" ? "true" : "false" });
        res.writeHead(303, { location: String(session.return_url ?? "/") }).end();
        return true;
      }
      const action = sub
        ? sub.cancel_at_period_end
          ? `<form method="post" action="/portal/${session.id}/resume"><button type="submit">Resume subscription</button></form>`
          : `<form method="post" action="/portal/${session.id}/cancel"><button type="submit">Cancel subscription</button></form>`
        : "<p>No subscription.</p>";
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
        page("Customer portal", `<h1>Customer portal</h1><p>Payment method: test card •••• 4242</p>${action}<p><a href="${escapeHtml(String(session.return_url ?? "/"))}">Return</a></p>`),
      );
      return true;
    }
    const control = /^\/_standin\/subscriptions\/(\w+)\/(fail_payment|pay)$/.exec(path);
    if (control && method === "POST") {
      const out = control[2] === "pay" ? await payInvoice(control[1]!) : await failPayment(control[1]!);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ events: out.map((e) => e.id) }));
      return true;
    }
    if (/^\/invoices\//.test(path)) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page("Invoice", `<h1>Invoice</h1><p>${escapeHtml(path)}</p>`));
      return true;
    }
    return false;
  }

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      req.on("error", reject);
    });

  function send(res: ServerResponse, status: number, body: string, requestId: string) {
    res.writeHead(status, { "content-type": "application/json", "request-id": requestId, "stripe-version": Stripe.API_VERSION }).end(body);
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", base || "http://localhost");
      const method = req.method ?? "GET";
      const raw = await readBody(req);
      const requestId = id("req");
      try {
        if (!url.pathname.startsWith("/v1/")) {
          if (await hosted(method, url.pathname, res)) return save();
          throw new ApiError(404, "invalid_request_error", "Not found");
        }
        const auth = req.headers.authorization ?? "";
        if (auth !== `Bearer ${secretKey}`) throw new ApiError(401, "invalid_request_error", "Invalid API Key provided.", "api_key_invalid");
        const key = req.headers["idempotency-key"];
        const replayKey = typeof key === "string" && method === "POST" ? `${url.pathname}|${key}` : null;
        if (replayKey && idempotent.has(replayKey)) {
          const hit = idempotent.get(replayKey)!;
          res.setHeader("idempotent-replayed", "true");
          return send(res, hit.status, hit.body, requestId);
        }
        const params = method === "GET" || method === "DELETE" ? parseForm(url.search.slice(1)) : parseForm(raw);
        const body = JSON.stringify(await api(method, url.pathname, params));
        if (replayKey) idempotent.set(replayKey, { status: 200, body });
        if (method !== "GET") save();
        send(res, 200, body, requestId);
      } catch (error) {
        const e = error instanceof ApiError ? error : new ApiError(500, "api_error", (error as Error).message);
        send(res, e.status, JSON.stringify({ error: { type: e.type, message: e.message, ...(e.code ? { code: e.code } : {}), ...(e.param ? { param: e.param } : {}), request_log_url: null } }), requestId);
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  base = `http://${host}:${port}`;
  return {
    url: base,
    port,
    secretKey,
    webhookSecret,
    events,
    held,
    meterEvents,
    objects,
    setWebhookUrl: (u) => void (webhookUrl = u),
    setAutoDeliver: (on) => void (autoDeliver = on),
    deliver,
    sign,
    failPayment,
    payInvoice,
    completeCheckout,
    advanceClock: (s) => void (clockOffset += s),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
