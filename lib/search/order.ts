// How the search orders things: one collator for every text comparison (String.prototype.
// localeCompare looks one up on each call, and a search compares thousands of names, labels
// and payers), and the first few of a long list without sorting all of it.
const collator = new Intl.Collator("en");

export const compareText: (a: string, b: string) => number = collator.compare;

/**
 * The `count` smallest of `items` by `compare`, in order: a sorted list of at most `count` that
 * each item is checked against, so that a broad search's thousands of services (most of them
 * tied but for their labels) cost a comparison each rather than a full sort.
 */
export function smallest<T>(items: T[], count: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (count <= 0) return top;
  for (const item of items) {
    if (top.length === count && compare(item, top[count - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(item, top[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, item);
    if (top.length > count) top.pop();
  }
  return top;
}

/** Item ids are decimal strings of non-negative integers (bigints): shorter is smaller, then digit by digit. */
export const compareIds = (a: string, b: string): number => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
