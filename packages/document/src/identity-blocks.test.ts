import { describe, expect, it } from "vitest";
import { identities } from "./build-block";
import { prepareDocument } from "./prepare-document";
import { pngBytes } from "./test-support/images";

const etat = { lines: ["PRÉFÈTE DE LA SEINE-SAINT-DENIS", "Direction départementale de l'emploi, du travail et des solidarités"], logo: "etat" };
const collectivite = { lines: ["Département de la Seine-Saint-Denis"], logo: "collectivite" };

describe("identities on a title page", () => {
  it("prepares two parties side by side, the logo from the theme when it has one, the first line strong", () => {
    const block = identities(etat, collectivite);
    const logo = { data: pngBytes(40, 20), mimeType: "image/png" as const, alt: "Préfète de la Seine-Saint-Denis" };
    const r = prepareDocument({ meta: { title: "t", createdAt: "2024-03-12" }, body: [block] }, { theme: { logos: { etat: logo } } });
    expect(r.success).toBe(true);
    if (!r.success) return;
    const prepared = [...r.data.identities.values()][0] ?? [];
    expect(prepared.map((p) => p.align)).toEqual(["left", "right"]);
    expect(prepared[0]?.logo?.image.alt).toBe("Préfète de la Seine-Saint-Denis");
    expect(prepared[0]?.logo?.path).toEqual(["theme", "logos", "etat"]);
    expect(prepared[1]?.logo).toBeUndefined(); // the theme has no logo under this key: none is shipped
    expect(prepared[0]?.lines.map((l) => [l.strong, l.path])).toEqual([
      [true, ["body", 0, "parties", 0, "lines", 0]],
      [false, ["body", 0, "parties", 0, "lines", 1]],
    ]);
    // French typography: the name is joined, the apostrophe typographic.
    expect(prepared[1]?.lines[0]?.text).toBe("Département de la Seine\u2011Saint\u2011Denis");
    expect(prepared[0]?.lines[1]?.text).toContain("l’emploi");
  });

  it("takes a logo given in the block itself, checked at its path like any image", () => {
    const logo = { data: pngBytes(40, 20), mimeType: "image/png" as const, alt: "Logo de l’équipe" };
    const r = prepareDocument({ meta: { title: "t", createdAt: "2024-03-12" }, body: [identities({ ...etat, logo }, collectivite)] });
    expect(r.success).toBe(true);
    if (!r.success) return;
    const prepared = [...r.data.identities.values()][0] ?? [];
    expect(prepared[0]?.logo?.image.alt).toBe("Logo de l’équipe");
    expect(prepared[0]?.logo?.path).toEqual(["body", 0, "parties", 0, "logo"]);
    const noAlt = prepareDocument({ meta: { title: "t", createdAt: "2024-03-12" }, body: [identities({ ...etat, logo: { data: pngBytes(4, 4), mimeType: "image/png" } }, collectivite)] });
    expect(noAlt.success ? [] : noAlt.issues.map((i) => [i.code, i.path])).toEqual([["document.missing_alt", ["body", 0, "parties", 0, "logo", "alt"]]]);
  });

  it("refuses a theme logo whose bytes are not what they claim, at its path", () => {
    const r = prepareDocument(
      { meta: { title: "t", createdAt: "2024-03-12" }, body: [identities(etat)] },
      { theme: { logos: { etat: { data: new Uint8Array([1, 2, 3]), mimeType: "image/png", alt: "Logo" } } } },
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([["document.image_type_mismatch", ["theme", "logos", "etat", "data"]]]);
  });

  it("is a block the schema knows: at most two parties", () => {
    const r = prepareDocument({ meta: { title: "t", createdAt: "2024-03-12" }, body: [identities(etat, collectivite, collectivite)] });
    expect(r.success).toBe(false);
  });
});
