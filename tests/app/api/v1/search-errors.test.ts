// The route must not leak database errors: a failing search answers a generic 500.
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/search", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/search")>();
  return {
    ...actual,
    searchServices: vi.fn(async () => {
      throw new Error('relation "items" does not exist (secret detail)');
    }),
  };
});

const { GET } = await import("@/app/api/v1/search/route");

afterEach(() => vi.restoreAllMocks());

describe("GET /api/v1/search when the database fails", () => {
  it("answers 500 with a generic JSON message and logs the cause server-side", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await GET(new Request("http://localhost/api/v1/search?q=70551"));
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({
      error: { code: "internal_error", message: "Search is temporarily unavailable. Please try again later." },
    });
    expect(JSON.stringify(body)).not.toContain("secret");
    expect(log).toHaveBeenCalled();
  });
});
