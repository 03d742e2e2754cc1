import { describe, expect, it } from "vitest";
import { signaturePlaceDate } from "./signature-boxes";

describe("signaturePlaceDate", () => {
  it.each([
    [{ place: "Guéret", date: "2024-03-01" }, "Fait à Guéret, le 1er mars 2024"],
    [{ place: "Guéret" }, "Fait à Guéret"],
    [{ date: "2024-03-12" }, "Le 12 mars 2024"],
    [{}, ""],
  ])("writes place and date %#", (s, text) => {
    expect(signaturePlaceDate(s)).toBe(text);
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
