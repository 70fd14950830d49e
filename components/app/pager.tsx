// The links to the previous and next page of a list, in a named nav; a side with no page gets no link.
import Link from "next/link";

type PageLink = { href: string; text: string } | null | undefined;

export function Pager({ label, back, forward }: { label: string; back?: PageLink; forward?: PageLink }) {
  return (
    <nav aria-label={label} className="flex gap-4 text-sm">
      {back ? (
        <Link className="link" href={back.href}>
          {back.text}
        </Link>
      ) : null}
      {forward ? (
        <Link className="link" href={forward.href}>
          {forward.text}
        </Link>
      ) : null}
    </nav>
  );
}
