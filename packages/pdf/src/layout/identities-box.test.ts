import { documentOf, identities, p } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { renderPdfWithLayout } from "../index";
import { testPng } from "../test-support/png";

const doc = documentOf({
  meta: { title: "Contrat", createdAt: "2024-03-12" },
  body: [
    identities({ lines: ["PRÉFÈTE DE LA CREUSE", "Direction départementale de l'emploi, du travail et des solidarités"], logo: "etat" }, { lines: ["Département de la Creuse"], logo: "collectivite" }),
    p({ style: "title" }, "Contrat local des solidarités"),
  ],
});

describe("identitiesBox", () => {
  it("sets the two parties side by side at the top of the page, the first on the left, the second on the right", async () => {
    const { layout } = await renderPdfWithLayout(doc);
    const texts = layout.pages[0]?.texts ?? [];
    const at = (t: string) => texts.find((x) => x.text.startsWith(t));
    const state = at("PRÉFÈTE")!;
    const dept = at("Département")!;
    const area = layout.textArea;
    expect(state.x).toBeCloseTo(area.x, 1);
    const rightEdge = Math.max(...texts.filter((t) => Math.abs(t.y - dept.y) < 0.01 && t.x >= dept.x).map((t) => t.x + t.width));
    expect(rightEdge).toBeCloseTo(area.x + area.width, 1); // right-aligned in its column
    expect(dept.x).toBeGreaterThan(area.x + area.width / 2);
    expect(Math.abs(state.y - dept.y)).toBeLessThan(0.01); // same line: side by side, not stacked
    // The title comes below both.
    expect(at("Contrat")!.y).toBeLessThan(Math.min(...texts.filter((t) => t.y > at("Contrat")!.y).map((t) => t.y)));
    expect(layout.pages[0]?.boxes.filter((b) => b.kind === "image")).toEqual([]); // no logo ships
  });

  it("draws each logo the theme supplies above its party's lines, in its corner", async () => {
    const logo = (alt: string) => ({ data: testPng(40, 20), mimeType: "image/png" as const, alt, height: 40 });
    const { layout } = await renderPdfWithLayout(doc, { theme: { logos: { etat: logo("Préfète de la Creuse"), collectivite: logo("Département de la Creuse") } } });
    const images = layout.pages[0]?.boxes.filter((b) => b.kind === "image") ?? [];
    const area = layout.textArea;
    expect(images).toHaveLength(2);
    expect(images[0]?.x).toBeCloseTo(area.x, 1);
    expect((images[1]?.x ?? 0) + (images[1]?.width ?? 0)).toBeCloseTo(area.x + area.width, 1);
    const state = layout.pages[0]?.texts.find((t) => t.text.startsWith("PRÉFÈTE"));
    expect(state!.y + state!.height).toBeLessThan(images[0]!.y); // the lines under the logo
  });
});
