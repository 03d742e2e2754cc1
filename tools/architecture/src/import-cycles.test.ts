import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importCycles } from "./import-cycles";
import { PACKAGES, ROOT, sourceFiles, type SourceFile } from "./source-files";

const file = (path: string, text: string): SourceFile => ({ pkg: "x", path, absolute: join("/nowhere", path), text, test: false });

describe("importCycles", () => {
  it("finds a cycle of files and ignores package imports", () => {
    // resolveRelative checks the disk, so the finder is checked on a real folder below; here, no file exists: no edge, no cycle.
    expect(importCycles([file("a.ts", 'import { b } from "./b";'), file("b.ts", 'import { a } from "./a";')], "/nowhere")).toEqual([]);
  });

  it("finds the cycle planted in its own fixture folder", () => {
    const dir = join(ROOT, "tools", "architecture", "fixtures", "cycle");
    const files = ["a.ts", "b.ts", "c.ts"].map((p) => ({ ...file(p, ""), absolute: join(dir, p) }));
    const withText = files.map((f) => ({ ...f, text: readFileSync(f.absolute, "utf8") }));
    expect(importCycles(withText, dir)).toEqual([["a.ts", "b.ts"]]);
  });

  it.each(PACKAGES)("there is no import cycle between the files of @pacte/%s", (pkg) => {
    const src = join(ROOT, "packages", pkg, "src");
    expect(importCycles(sourceFiles(pkg), src)).toEqual([]);
  });
});
