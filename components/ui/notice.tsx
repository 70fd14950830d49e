import type { ReactNode } from "react";

const tones = {
  info: "border-blue-300 bg-blue-50 text-blue-950",
  warning: "border-amber-400 bg-amber-50 text-amber-950",
  error: "border-red-400 bg-red-50 text-red-950",
} as const;

/** A boxed message. Give `title` for a heading (its level depends on where the notice sits). */
export function Notice({
  tone = "info",
  title,
  headingLevel = 2,
  children,
  role,
}: {
  tone?: keyof typeof tones;
  title?: string;
  headingLevel?: 2 | 3;
  children: ReactNode;
  role?: "status" | "alert";
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div role={role} className={`rounded-md border p-4 ${tones[tone]}`}>
      {title ? <Heading className="mb-1 text-base font-semibold">{title}</Heading> : null}
      <div className="space-y-2 text-sm leading-6">{children}</div>
    </div>
  );
}
