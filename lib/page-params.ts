// A page's search parameters as Next.js hands them to server components, and the first value
// of one (a repeated parameter arrives as an array).
export type Search = Promise<Record<string, string | string[] | undefined>>;

export const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
