// GET /api/app/audit.csv?action=&from=&to= — the current organization's audit log as CSV, for
// its owners and admins. The proxy answers 401 without a session; this checks again, then the
// role, and records the export itself in the log.
import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { EntitlementError, consumeIn } from "@/lib/billing";
import { AUDIT_EXPORT_MAX, auditCsv, listAuditEntries, parseAuditFilter, recordAudit, requestOrigin } from "@/lib/audit";
import { currentUser } from "@/lib/auth";
import { can } from "@/lib/members";
import { membershipsOf } from "@/lib/orgs";
import { currentOrganization } from "@/lib/orgs/current";
import { withTenant } from "@/lib/tenancy";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export async function GET(request: Request): Promise<Response> {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401, headers: noStore });
  const current = await currentOrganization(await membershipsOf(user.id));
  if (!current || !can(current.role, "audit.read")) {
    return NextResponse.json({ error: "forbidden", message: "Only the organization's owners and admins can export its audit log." }, { status: 403, headers: noStore });
  }
  const query = new URL(request.url).searchParams;
  const filter = parseAuditFilter({ action: query.get("action"), from: query.get("from"), to: query.get("to") });
  const { entries, nextBefore } = await listAuditEntries(current.id, filter, { limit: AUDIT_EXPORT_MAX });
  const origin = requestOrigin(await headers());
  try {
    // The plan's exports (lib/billing): counted in the transaction that logs the export, so a
    // refused export is neither counted nor logged, and a counted one is always logged.
    await withTenant(current.id, async (db) => {
      await consumeIn(db, current.id, "exports");
      await recordAudit(db, {
        action: "audit.exported",
        actorUserId: user.id,
        organizationId: current.id,
        target: `organization:${current.id}`,
        metadata: { rows: entries.length, truncated: nextBefore !== null, action: filter.action ?? null, from: query.get("from"), to: query.get("to") },
        ...origin,
      });
    });
  } catch (error) {
    if (!(error instanceof EntitlementError)) throw error;
    return NextResponse.json({ error: error.code, message: error.message }, { status: 402, headers: noStore });
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(auditCsv(entries), {
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${current.slug}-${day}.csv"`,
      ...(nextBefore !== null ? { "X-Truncated": `first ${AUDIT_EXPORT_MAX} rows; narrow the dates for the rest` } : {}),
    },
  });
}
