import { describe, expect, it } from "vitest";
import { documentTags, structureLevels } from "./document-tags";

const h = (id: string, level: 1 | 2 | 3 | 4, title = id) => ({ id, level, title });

describe("structureLevels", () => {
  it.each([
    ["a plain outline", [h("a", 1), h("b", 2), h("c", 2), h("d", 1)], [1, 2, 2, 1]],
    ["a level 3 after a level 1 becomes 2", [h("a", 1), h("b", 3), h("c", 4)], [1, 2, 3]],
    ["a first heading below 1 becomes 1", [h("a", 2), h("b", 4), h("c", 1)], [1, 2, 1]],
    ["going back up is free", [h("a", 1), h("b", 2), h("c", 3), h("d", 1), h("e", 3)], [1, 2, 3, 1, 2]],
  ] as const)("%s", (_label, headings, levels) => {
    const got = structureLevels(headings);
    expect(headings.map((x) => got.get(x.id))).toEqual(levels);
  });

  it("leaves out headings with a blank title (they draw nothing)", () => {
    const got = structureLevels([h("a", 1), h("blank", 2, "  "), h("b", 3)]);
    expect([...got]).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });
});

describe("documentTags", () => {
  it("gives a Document root and H1–H6 by structure level", () => {
    const tags = documentTags([h("a", 2), h("b", 4)]);
    expect(tags.root.role).toBe("Document");
    expect([tags.headingRole("a"), tags.headingRole("b"), tags.headingRole("unknown")]).toEqual(["H1", "H2", "H1"]);
  });
});
