import { describe, expect, it } from "vitest";

describe("signatureBoxes", () => {
  it("draws the prepared lines: role, quality, « Fait à …, le … », the signing space, the name", async () => {
    const { renderPdfWithLayout } = await import("../default-fonts");
    const { layout } = await renderPdfWithLayout({
      meta: { title: "Signatures", createdAt: "2024-03-12" },
      body: [{ type: "signatures", signatories: [{ role: "Pour l'État", quality: "Le préfet", name: "Jean Dupont", place: "Guéret", date: "2023-12-20", fieldId: "etat" }] }],
    });
    const page = layout.pages[0];
    if (!page) throw new Error("one page expected");
    const lines = new Map<number, string[]>();
    for (const t of page.texts.filter((x) => x.region === "body")) lines.set(Math.round(t.y), [...(lines.get(Math.round(t.y)) ?? []), t.text]);
    const text = [...lines.entries()].sort(([a], [b]) => b - a).map(([, parts]) => parts.join(""));
    expect(text).toEqual(["Pour l’État", "Le préfet", "Fait à Guéret, le 20\u00A0décembre\u00A02023", "Jean Dupont"]);
    const [field] = layout.signatureFields;
    // A lone signatory signs on the right, between the place and date and the name.
    expect(field?.rect.x).toBeGreaterThan(layout.textArea.x + layout.textArea.width / 2);
  });
});

describe("signature blocks side by side", () => {
  it("align their signing spaces and names when one quality is longer", async () => {
    const { renderPdfWithLayout } = await import("../default-fonts");
    const { layout } = await renderPdfWithLayout({
      meta: { title: "Signatures", createdAt: "2024-03-12" },
      body: [
        {
          type: "signatures",
          signatories: [
            { role: "Pour l’État", quality: "La préfète de la Creuse", name: "Anne Martin", fieldId: "etat" },
            {
              role: "Pour le Département de la Creuse",
              quality: "La présidente du conseil départemental de la Creuse, agissant en vertu d’une délibération de la commission permanente",
              name: "Valérie Simonet",
              fieldId: "departement",
            },
          ],
        },
      ],
    });
    const [a, b] = layout.signatureFields;
    if (!a || !b) throw new Error("two signature fields expected");
    // Same vertical extent: the fields (and the names under them) are on one line.
    expect(a.rect.y).toBeCloseTo(b.rect.y, 3);
    expect(a.rect.height).toBeCloseTo(b.rect.height, 3);
    expect(a.rect.x).toBeLessThan(b.rect.x);
  });
});
