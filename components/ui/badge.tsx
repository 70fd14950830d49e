import type { ReactNode } from "react";

const tones = {
  neutral: "border-slate-300 bg-slate-100 text-slate-800",
  warning: "border-amber-400 bg-amber-50 text-amber-900",
  info: "border-blue-300 bg-blue-50 text-blue-900",
} as const;

export function Badge({ children, tone = "neutral", title }: { children: ReactNode; tone?: keyof typeof tones; title?: string }) {
  return (
    <span
      title={title}
      className={`badge ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
