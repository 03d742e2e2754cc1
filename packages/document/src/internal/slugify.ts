const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", đ: "d", ł: "l" };

/**
 * A stable identifier from a title: accents dropped, lower case, runs of anything else than
 * letters and digits turned into one "-", prefixed with "h-" when it would not start with a
 * letter (ids must start with one). Same input, same slug.
 *
 * @example
 * slugify("Article 5 – Engagements de l’État") //=> "article-5-engagements-de-l-etat"
 * slugify("2024 : bilan") //=> "h-2024-bilan"
 */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[œæßøđł]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return /^[a-z]/.test(slug) ? slug : slug === "" ? "h" : `h-${slug}`;
}
