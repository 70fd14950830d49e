// One collator for every text comparison of the search: String.prototype.localeCompare looks
// one up on each call, and a search compares thousands of names, labels and payers.
const collator = new Intl.Collator("en");

export const compareText: (a: string, b: string) => number = collator.compare;
