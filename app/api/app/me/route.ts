// GET /api/app/me: the signed-in user and their organizations. The proxy answers 401 without a
// session; this checks again itself.
import { NextResponse } from "next/server";
import { currentUser } from "@/lib/auth";
import { membershipsOf } from "@/lib/orgs";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  const memberships = await membershipsOf(user.id);
  return NextResponse.json({ user, memberships }, { headers: { "Cache-Control": "no-store" } });
}
