// The feedback forms as the server renders them (what a browser without JavaScript gets):
// labelled fields, plain form posts, the honeypot out of reach, both languages.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HelpfulPrompt, ReportWrongPrice } from "@/components/feedback";
import { HONEYPOT_FIELD } from "@/lib/feedback/types";

const helpful = (locale: "en" | "es") =>
  renderToStaticMarkup(createElement(HelpfulPrompt, { locale, page: "/hospitals/general", hospitalSlug: "general" }));
const report = (locale: "en" | "es", extra: Record<string, string> = {}) =>
  renderToStaticMarkup(
    createElement(ReportWrongPrice, { locale, page: "/hospitals/general", hospitalSlug: "general", hospitalName: "General Hospital", ...extra }),
  );

/** The attributes of every <tag …> in the markup, in order. */
function tags(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), a[2] ?? ""])),
  );
}
const field = (html: string, name: string) => [...tags(html, "input"), ...tags(html, "textarea")].find((a) => a.name === name);

function honeypotOf(html: string) {
  const wrapper = /<div aria-hidden="true"[^>]*>(.*?)<\/div>/.exec(html);
  expect(wrapper, "honeypot wrapper").not.toBeNull();
  return wrapper![1]!;
}

describe("HelpfulPrompt", () => {
  it("is a form post with a labelled yes/no question, an optional comment and the page's context", () => {
    const html = helpful("en");
    expect(tags(html, "form")).toHaveLength(1);
    expect(html).toContain("<legend");
    expect(html).toContain("Was this helpful?");
    const radios = tags(html, "input").filter((a) => a.type === "radio");
    expect(radios.map((a) => [a.name, a.value])).toEqual([["helpful", "yes"], ["helpful", "no"]]);
    for (const radio of radios) expect(html).toContain(`for="${radio.id}"`);
    expect(html).toContain("Anything else you would like to tell us? (optional)");
    expect(field(html, "comment")).toMatchObject({ maxlength: "1000" });
    expect(html).toContain('<input type="hidden" name="page" value="/hospitals/general"/>');
    expect(html).toContain('<input type="hidden" name="hospital" value="general"/>');
    expect(html).toContain('<input type="hidden" name="locale" value="en"/>');
    expect(html).toContain('role="status"');
  });

  it("speaks Spanish", () => {
    const html = helpful("es");
    expect(html).toContain("¿Le resultó útil?");
    expect(html).toContain("No mucho");
    expect(html).toContain("Enviar comentarios");
    expect(html).not.toContain("Was this helpful?");
  });
});

describe("ReportWrongPrice", () => {
  it("is a native disclosure holding a form post with labelled fields and hints", () => {
    const html = report("en");
    expect(html).toMatch(/<details[^>]*><summary[^>]*>.*Report a wrong price<\/summary>/);
    for (const [name, label] of [
      ["service", "Service or billing code"],
      ["shown_price", "Price shown (optional)"],
      ["message", "What is wrong, or what is the right price?"],
      ["email", "Email (optional)"],
    ] as const) {
      const input = field(html, name);
      expect(input, name).toBeDefined();
      expect(html).toContain(`<label for="${input!.id}" class="block font-semibold text-slate-900">${label}</label>`);
      expect(input!["aria-describedby"], name).toBeTruthy();
      expect(html).toContain(`id="${input!["aria-describedby"]}"`);
    }
    expect(field(html, "email")).toMatchObject({ type: "email", autocomplete: "email" });
    expect(html).toContain("Tell us which price at General Hospital looks wrong.");
  });

  it("shows a service and price given by the page instead of asking for them", () => {
    const html = report("es", { service: "CPT:70551", serviceLabel: "CPT 70551", shownPrice: "$1,250.00" });
    expect(html).toContain("Servicio: CPT 70551");
    expect(html).toContain("Precio que aparece: $1,250.00");
    expect(html).toContain('<input type="hidden" name="service" value="CPT:70551"/>');
    expect(html).toContain('<input type="hidden" name="shown_price" value="$1,250.00"/>');
    expect(field(html, "service")?.type).toBe("hidden");
    expect(html).toContain("Reportar un precio incorrecto");
    expect(html).toContain('<input type="hidden" name="locale" value="es"/>');
  });
});

describe("the honeypot", () => {
  it.each([
    ["HelpfulPrompt", helpful("en")],
    ["ReportWrongPrice", report("es")],
  ])("in %s is hidden from assistive technology, out of the tab order and never autofilled", (_name, html) => {
    const honeypot = honeypotOf(html);
    expect(tags(honeypot, "input")).toEqual([
      expect.objectContaining({ type: "text", name: HONEYPOT_FIELD, tabindex: "-1", autocomplete: "off", value: "" }),
    ]);
    expect(honeypot).toMatch(/<label for="[^"]+">(Leave this field empty|Deje este campo vacío)<\/label>/);
  });
});
