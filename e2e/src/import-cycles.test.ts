import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importCycles } from "./import-cycles";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("importCycles", () => {
  it("finds a cycle through type-only imports, re-exports and folders, and none in a tree", () => {
    const dir = mkdtempSync(join(tmpdir(), "pacte-cycles-"));
    try {
      mkdirSync(join(dir, "internal"));
      writeFileSync(join(dir, "a.ts"), 'import type { B } from "./internal/b";\nexport const a = 1;\n');
      writeFileSync(join(dir, "internal", "b.ts"), 'export { c } from "./c";\nexport type B = number;\n');
      writeFileSync(join(dir, "internal", "c.ts"), 'import { a } from "../a";\nexport const c = a;\n');
      writeFileSync(join(dir, "d.ts"), '// import { a } from "./a";\nimport { c } from "./internal/c";\nexport const d = c;\n');
      expect(importCycles(dir)).toEqual([["a.ts", "internal/b.ts", "internal/c.ts"]]);
      writeFileSync(join(dir, "internal", "c.ts"), "export const c = 1;\n");
      expect(importCycles(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("no import cycle between the files of a package", () => {
  it.each(["issues", "document", "docx", "pdf"])("@pacte/%s", (name) => {
    expect(importCycles(join(root, "packages", name, "src"))).toEqual([]);
  });
});
