// GET /api/v1/search?q=…&limit=… — service search, public or with an API key
// (scope search:read). Response shape, keys and rate limits: docs/api.md.
import { withApiAccess } from "@/lib/api/access";
import { parseSearchParams, searchServices } from "@/lib/search";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return withApiAccess(request, "search:read", () => search(request));
}

async function search(request: Request): Promise<Response> {
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  if (!parsed.ok) {
    const { code, message, parameter } = parsed.error;
    return Response.json({ error: { code, message, parameter } }, { status: 400, headers: { "cache-control": "no-store" } });
  }
  try {
    const result = await searchServices(parsed.query);
    return Response.json(result, {
      headers: { "cache-control": "public, max-age=60, stale-while-revalidate=300" },
    });
  } catch (error) {
    console.error("search failed", { q: parsed.query.q, error: error instanceof Error ? error.message : String(error) });
    return Response.json(
      { error: { code: "internal_error", message: "Search is temporarily unavailable. Please try again later." } },
      { status: 500, headers: { "cache-control": "no-store" } },
    );
  }
}
