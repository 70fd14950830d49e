// What a hospital slug may be, apart from the database code so that forms and links can check it.

/** Slugs are URL-safe identifiers; anything else cannot name a hospital. */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,119}$/i.test(slug);
}
