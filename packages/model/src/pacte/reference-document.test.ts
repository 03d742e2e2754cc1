import { describe, expect, it } from "vitest";
import { z } from "zod";
import { REFERENCE_DOCUMENT_PARTS, ReferenceDocumentPartSchema } from "./reference-document";

describe("REFERENCE_DOCUMENT_PARTS", () => {
  it("validates against ReferenceDocumentPartSchema", () => {
    expect(z.array(ReferenceDocumentPartSchema).parse(REFERENCE_DOCUMENT_PARTS)).toEqual(REFERENCE_DOCUMENT_PARTS);
  });

  it("holds the three parts in order: objectives, roadmaps, contractual framework", () => {
    expect(REFERENCE_DOCUMENT_PARTS.map((p) => [p.order, p.id])).toEqual([
      [1, "objectifs-orientations"],
      [2, "feuilles-de-route"],
      [3, "cadre-contractuel"],
    ]);
    expect(REFERENCE_DOCUMENT_PARTS[1]?.title).toContain("Feuilles de route");
    expect(REFERENCE_DOCUMENT_PARTS[2]?.title).toContain("contractuel");
  });

  it.each([{ order: 0 }, { order: 1.5 }, { id: "annexes" }, { title: "" }])("rejects a part with %j", (patch) => {
    expect(ReferenceDocumentPartSchema.safeParse({ ...REFERENCE_DOCUMENT_PARTS[0], ...patch }).success).toBe(false);
  });
});
