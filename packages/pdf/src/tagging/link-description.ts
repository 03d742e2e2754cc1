import type { Lang } from "@pacte/issues";

/**
 * What a link is, for its description: an address and the text it shows, or a heading of the
 * document (its displayed title and the page it is on, from 1).
 *
 * @example
 * const target: DescribedLink = { kind: "internal", title: "Article 5 – Objet", page: 4, text: "Article 5" };
 */
export type DescribedLink =
  | { readonly kind: "uri"; readonly uri: string; readonly text: string }
  | { readonly kind: "internal"; readonly title: string; readonly page: number; readonly text: string };

const clean = (s: string): string => s.replace(/\s+/gu, " ").trim();

/**
 * The alternate description of a link annotation (its `/Contents`, which PDF/UA requires): where
 * it goes, in the document's language — « Aller à : Article 5 – Objet (page 4) » for a heading,
 * « Légifrance – lien vers https://www.legifrance.gouv.fr » for an address (the address alone
 * when the link shows it).
 *
 * @example
 * linkDescription({ kind: "internal", title: "Article 5 – Objet", page: 4, text: "Article 5" }, "fr") //=> "Aller à\u00A0: Article 5 – Objet (page 4)"
 * linkDescription({ kind: "uri", uri: "https://www.legifrance.gouv.fr", text: "Légifrance" }, "fr") //=> "Légifrance – lien vers https://www.legifrance.gouv.fr"
 * linkDescription({ kind: "uri", uri: "https://a.fr", text: "https://a.fr" }, "en") //=> "Link to https://a.fr"
 */
export function linkDescription(link: DescribedLink, lang: Lang): string {
  if (link.kind === "internal") {
    const title = clean(link.title) || clean(link.text);
    return lang === "fr" ? `Aller à\u00A0: ${title} (page ${link.page})` : `Go to: ${title} (page ${link.page})`;
  }
  const text = clean(link.text);
  const to = lang === "fr" ? "lien vers" : "link to";
  if (text === "" || text === link.uri) return lang === "fr" ? `Lien vers ${link.uri}` : `Link to ${link.uri}`;
  return `${text} – ${to} ${link.uri}`;
}
