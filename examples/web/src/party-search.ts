// The collectivity search box: what it matches, without accents or case. Loaded with the page,
// so it imports nothing.

/**
 * Lower case, no accents, straight apostrophes — what the search compares.
 *
 * @example
 * normalize("Côte-d’Or") //=> "cote-d'or"
 */
export function normalize(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘]/g, "'").toLowerCase();
}

/**
 * The choices whose `haystack` holds every word of the query (all of them for an empty query).
 *
 * @example
 * filterChoices([{ haystack: "departement de la creuse 23d" }, { haystack: "bordeaux metropole" }], "Créuse").length //=> 1
 */
export function filterChoices<T extends { readonly haystack: string }>(choices: readonly T[], query: string): T[] {
  const words = normalize(query).split(/\s+/).filter((w) => w !== "");
  return choices.filter((c) => words.every((w) => c.haystack.includes(w)));
}
