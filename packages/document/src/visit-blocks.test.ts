import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Block } from "./block";
import { h1, keepTogether, p, pageBreak, toc } from "./build-block";
import { assertNever, childBlocks, mapBlock, mapBlocks, walkBlocks, type BlockHandlers } from "./visit-blocks";

const kinds: BlockHandlers<string> = {
  heading: (b) => `heading ${b.id}`,
  paragraph: () => "paragraph",
  list: () => "list",
  table: () => "table",
  keepTogether: (b) => `group of ${b.blocks.length}`,
  pageBreak: () => "pageBreak",
  toc: () => "toc",
  signatures: () => "signatures",
  image: () => "image",
  issuerMark: () => "issuerMark",
  identities: () => "identities",
  chart: () => "chart",
};

describe("mapBlock", () => {
  it("calls the handler of the block's kind with the block and its path", () => {
    const seen: unknown[] = [];
    mapBlock(pageBreak(), ["body", 3], { ...kinds, pageBreak: (b, path) => String(seen.push(b, path)) });
    expect(seen).toEqual([{ type: "pageBreak" }, ["body", 3]]);
    expect(mapBlocks([h1("Objet", { id: "a1" }), p("x"), keepTogether(p("y"))], ["body"], kinds)).toEqual(["heading a1", "paragraph", "group of 1"]);
  });

  it("throws on a kind outside the model (a value that escaped validation)", () => {
    expect(() => mapBlock({ type: "chapitre" } as unknown as Block, [], kinds)).toThrow(/"chapitre"/);
    expect(() => assertNever(undefined as never)).toThrow(/every kind must be handled/);
  });
});

describe("walkBlocks and childBlocks", () => {
  it("visits groups then what they hold, depth first, with the groups around each block", () => {
    const body = [toc(), keepTogether(h1("A", { id: "a" }), keepTogether(p("x"))), pageBreak()];
    expect([...walkBlocks(body, ["body"])].map((s) => [s.block.type, s.path.join("."), s.groups.map((g) => g.join("."))])).toEqual([
      ["toc", "body.0", []],
      ["keepTogether", "body.1", []],
      ["heading", "body.1.blocks.0", ["body.1"]],
      ["keepTogether", "body.1.blocks.1", ["body.1"]],
      ["paragraph", "body.1.blocks.1.blocks.0", ["body.1", "body.1.blocks.1"]],
      ["pageBreak", "body.2", []],
    ]);
    expect(childBlocks(p("x"), ["body", 0])).toBeUndefined();
  });
});

// The compiler is what makes the visitor exhaustive: prove it on a copy of the sources with one
// case taken out of the dispatch and one handler taken out of a caller.
describe("exhaustiveness", () => {
  it("fails to type-check when a case is missing from mapBlock or a handler from a caller", () => {
    const here = fileURLToPath(new URL(".", import.meta.url));
    const dir = mkdtempSync(join(here, "..", ".exhaustive-"));
    try {
      for (const file of ["block.ts", "inline.ts"]) cpSync(join(here, file), join(dir, file));
      const source = readFileSync(join(here, "visit-blocks.ts"), "utf8");
      const withoutImage = source.replace(/\n\s*case "image":\n\s*return handlers\.image\(block, path\);/, "");
      expect(withoutImage).not.toBe(source);
      writeFileSync(join(dir, "visit-blocks.ts"), withoutImage);
      writeFileSync(
        join(dir, "caller.ts"),
        `import { mapBlock, type BlockHandlers } from "./visit-blocks";\nimport type { Block } from "./block";\n` +
          `const h: BlockHandlers<number> = { heading: () => 1, paragraph: () => 1, list: () => 1, table: () => 1, keepTogether: () => 1, pageBreak: () => 1, signatures: () => 1, image: () => 1, issuerMark: () => 1, identities: () => 1, chart: () => 1 };\n` +
          `export const n = (b: Block): number => mapBlock(b, [], h);\n`,
      );
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ extends: "../../../tsconfig.base.json", include: ["*.ts"] }));
      const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
      let output = "";
      try {
        execFileSync(process.execPath, [tsc, "--noEmit", "-p", dir], { encoding: "utf8" });
      } catch (e) {
        output = String((e as { stdout?: string }).stdout);
      }
      expect(output).toMatch(/visit-blocks\.ts.*error TS2345: Argument of type '.*type: "image".*' is not assignable to parameter of type 'never'/);
      expect(output).toMatch(/caller\.ts.*error TS2741: Property 'toc' is missing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // (A whole tsc run: seconds alone, much longer on a busy machine.)
  }, 180_000);
});
