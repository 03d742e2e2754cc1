import { describe, expect, it } from "vitest";
import { linkDescription } from "./link-description";

describe("linkDescription", () => {
  it.each([
    [{ kind: "internal", title: "Article 5 – Objet", page: 4, text: "Article 5" }, "fr", "Aller à\u00A0: Article 5 – Objet (page 4)"],
    [{ kind: "internal", title: "Article 5 – Objet", page: 4, text: "Article 5" }, "en", "Go to: Article 5 – Objet (page 4)"],
    [{ kind: "internal", title: " ", page: 2, text: "voir  plus\u00A0loin" }, "fr", "Aller à\u00A0: voir plus loin (page 2)"],
    [{ kind: "uri", uri: "https://www.legifrance.gouv.fr", text: "Légifrance" }, "fr", "Légifrance – lien vers https://www.legifrance.gouv.fr"],
    [{ kind: "uri", uri: "https://a.fr", text: "https://a.fr" }, "fr", "Lien vers https://a.fr"],
    [{ kind: "uri", uri: "mailto:x@a.fr", text: "" }, "en", "Link to mailto:x@a.fr"],
  ] as const)("%o (%s) → %s", (link, lang, text) => expect(linkDescription(link, lang)).toBe(text));
});
