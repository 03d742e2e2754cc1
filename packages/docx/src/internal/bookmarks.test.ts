import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BookmarkNames, shortHash } from "./bookmarks";

describe("BookmarkNames", () => {
  it.each([
    ["art-5", "art_5"],
    ["annexe.2:b", "annexe_2_b"],
    ["preambule", "preambule"],
  ])("names %s %s", (id, name) => {
    expect(new BookmarkNames().get(`heading:${id}`, id).name).toBe(name);
  });

  it("counts ids from 0 and gives the same bookmark for the same key", () => {
    const names = new BookmarkNames();
    expect(names.get("heading:a", "a")).toEqual({ name: "a", id: 0 });
    expect(names.get("heading:b", "b")).toEqual({ name: "b", id: 1 });
    expect(names.get("heading:a", "a")).toEqual({ name: "a", id: 0 });
  });

  it("keeps names unique, ignoring case as Word does", () => {
    const names = new BookmarkNames();
    expect(names.get("heading:a-b", "a-b").name).toBe("a_b");
    expect(names.get("heading:a_b", "a_b").name).toBe("a_b_2");
    expect(names.get("heading:A.B", "A.B").name).toBe("A_B_3");
  });

  it("shortens long ids to 40 characters with a hash of the whole id", () => {
    const id = `article-${"x".repeat(60)}`;
    const { name } = new BookmarkNames().get(`heading:${id}`, id);
    expect(name).toHaveLength(40);
    expect(name.endsWith(`_${shortHash(id)}`)).toBe(true);
  });

  it("always gives names Word accepts, all different", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.:-]{0,60}$/), { maxLength: 30 }), (ids) => {
        const names = new BookmarkNames();
        const out = [...new Set(ids)].map((id) => names.get(`k:${id}`, id).name);
        for (const name of out) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
        expect(new Set(out.map((n) => n.toLowerCase())).size).toBe(out.length);
      }),
    );
  });
});

describe("shortHash", () => {
  it("is 8 hex digits, stable", () => {
    expect(shortHash("art-5")).toMatch(/^[0-9a-f]{8}$/);
    expect(shortHash("art-5")).toBe(shortHash("art-5"));
    expect(shortHash("art-5")).not.toBe(shortHash("art-6"));
  });
});
