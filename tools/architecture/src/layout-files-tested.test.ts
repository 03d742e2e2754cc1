import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles, type SourceFile } from "./source-files";

/**
 * The layout and composition files: where the document is typeset, laid out, drawn or composed.
 * A folder here is walked with its subfolders.
 */
const LAYOUT_FOLDERS: readonly { readonly pkg: string; readonly folder: string; readonly deep: boolean }[] = [
  { pkg: "document", folder: "typeset", deep: true },
  { pkg: "pdf", folder: "layout", deep: true },
  { pkg: "pdf", folder: "draw", deep: true },
  { pkg: "docx", folder: "internal", deep: true },
  { pkg: "contract", folder: "compose", deep: true },
  { pkg: "execution", folder: "compose", deep: true },
];

/**
 * The files tested through their package's entry rather than beside them: the test file (under
 * the package's `src/`) and the name of its `describe` block that exercises them.
 */
const COVERED_BY: Readonly<Record<string, { readonly test: string; readonly describe: string }>> = {
  "document/typeset/block-look.ts": { test: "../../pdf/src/layout/paragraph-box.test.ts", describe: "paragraphLook" },
  "document/typeset/line-break-rules.ts": { test: "../../pdf/src/layout/break-lines.test.ts", describe: "breakLines" },
  "document/typeset/pacte-sans-metrics.ts": { test: "../../pdf/src/fonts/pacte-sans-metrics.test.ts", describe: "the shared metrics of Pacte Sans are the fonts' own" },
  "document/typeset/text-metrics.ts": { test: "../../pdf/src/fonts/pacte-sans-metrics.test.ts", describe: "the shared metrics of Pacte Sans are the fonts' own" },
  "pdf/layout/document-boxes.ts": { test: "render-pdf-cases.test.ts", describe: "renderPdf — pages, tables, images" },
  "pdf/layout/image-box.ts": { test: "render-pdf-cases.test.ts", describe: "renderPdf — pages, tables, images" },
  "pdf/layout/issuer-mark-boxes.ts": { test: "render-pdf.test.ts", describe: "renderPdf — the sample contract" },
  "pdf/layout/layout-document.ts": { test: "render-pdf.test.ts", describe: "renderPdf — the sample contract" },
  "pdf/layout/list-boxes.ts": { test: "render-pdf-cases.test.ts", describe: "renderPdf — text" },
  "pdf/layout/run-style.ts": { test: "render-pdf-cases.test.ts", describe: "renderPdf — characters and fonts" },
  "pdf/layout/table-boxes.ts": { test: "render-pdf-cases.test.ts", describe: "renderPdf — pages, tables, images" },
  "pdf/layout/text-block.ts": { test: "layout/text-box.test.ts", describe: "textBox" },
  "pdf/layout/flow-box.ts": { test: "layout/text-box.test.ts", describe: "textBox" },
  "docx/internal/blocks.ts": { test: "render-docx.test.ts", describe: "renderDocx: paragraphs, lists and flow" },
  "docx/internal/context.ts": { test: "render-docx.test.ts", describe: "renderDocx: headings, bookmarks and links" },
  "docx/internal/header-footer.ts": { test: "render-docx.test.ts", describe: "renderDocx: footer" },
  "docx/internal/identities.ts": { test: "render-docx.test.ts", describe: "renderDocx: the parties' identities on a title page" },
  "docx/internal/image.ts": { test: "render-docx.test.ts", describe: "renderDocx: images" },
  "docx/internal/numbering.ts": { test: "render-docx.test.ts", describe: "renderDocx: paragraphs, lists and flow" },
  "docx/internal/page-plan.ts": { test: "render-docx.test.ts", describe: "renderDocx: table of contents" },
  "docx/internal/plan-text.ts": { test: "render-docx.test.ts", describe: "renderDocx: table of contents" },
  "docx/internal/raw-xml.ts": { test: "render-docx.test.ts", describe: "renderDocx: package" },
  "docx/internal/styles.ts": { test: "render-docx.test.ts", describe: "renderDocx: styles" },
  "docx/internal/table.ts": { test: "render-docx.test.ts", describe: "renderDocx: tables" },
  "docx/internal/toc.ts": { test: "render-docx.test.ts", describe: "renderDocx: table of contents" },
  "docx/internal/units.ts": { test: "render-docx.test.ts", describe: "renderDocx: styles" },
  "contract/compose/contract-to-document-options.ts": { test: "compose/contract-to-document.test.ts", describe: "contractToDocument" },
  "contract/compose/internal/annexes.ts": { test: "compose/contract-to-document.test.ts", describe: "the composed financial table (property)" },
  "contract/compose/internal/articles.ts": { test: "compose/contract-to-document.test.ts", describe: "contractToDocument" },
  "contract/compose/internal/block-slots.ts": { test: "compose/contract-to-document.test.ts", describe: "contractToDocument" },
  "contract/compose/internal/changed-articles.ts": { test: "compose/amendment-to-document.test.ts", describe: "amendmentToDocument" },
  "contract/compose/internal/clause-blocks.ts": { test: "compose/contract-to-document.test.ts", describe: "contractToDocument" },
  "contract/compose/internal/compose-contract.ts": { test: "compose/contract-to-document.test.ts", describe: "contractToDocument" },
  "contract/compose/internal/designation.ts": { test: "compose/contract-to-document.test.ts", describe: "contractToDocument" },
  "contract/compose/internal/front-matter.ts": { test: "compose/contract-to-document.test.ts", describe: "contractToDocument" },
  "contract/compose/internal/ids.ts": { test: "compose/contract-to-document.test.ts", describe: "contractToDocument" },
  "contract/compose/internal/money.ts": { test: "compose/contract-to-document.test.ts", describe: "contractToDocument" },
};

const key = (f: SourceFile): string => `${f.pkg}/${f.path}`;
const inFolder = (f: SourceFile): boolean =>
  LAYOUT_FOLDERS.some((l) => l.pkg === f.pkg && (l.deep ? f.path.startsWith(`${l.folder}/`) : dirname(f.path) === l.folder));
/** A file with something that runs (a function, a constant, a class), not only types. */
const hasCode = (f: SourceFile): boolean => /^export (?:async )?(?:function|const|class|let)\b/m.test(f.text);
const srcOf = (pkg: string): string => join(ROOT, "packages", pkg, "src");

/** Whether one of the package's tests imports the file by a relative path. */
function importedByATest(file: SourceFile, tests: readonly SourceFile[]): boolean {
  return tests.some((t) =>
    [...t.text.matchAll(/from\s+["'](\.{1,2}\/[^"']+)["']/g)].some((m) => `${resolve(dirname(t.absolute), m[1] ?? "").replace(/\.js$/, "")}.ts` === file.absolute),
  );
}

describe("every layout and composition file is tested", () => {
  const files = ["document", "pdf", "docx", "contract", "execution"].flatMap((pkg) => sourceFiles(pkg));

  it("has a test beside it, is imported by a test, or is named in COVERED_BY with the test that exercises it", () => {
    const untested: string[] = [];
    for (const f of files.filter((f) => !f.test && inFolder(f) && !f.path.endsWith("index.ts") && hasCode(f))) {
      if (existsSync(f.absolute.replace(/\.ts$/, ".test.ts"))) continue;
      if (importedByATest(f, files.filter((t) => t.pkg === f.pkg && t.test))) continue;
      if (COVERED_BY[key(f)] !== undefined) continue;
      untested.push(key(f));
    }
    expect(untested).toEqual([]);
  });

  it("names in COVERED_BY only files that exist and describe blocks that exist", () => {
    const wrong: string[] = [];
    for (const [file, { test, describe: name }] of Object.entries(COVERED_BY)) {
      const [pkg = "", ...rest] = file.split("/");
      if (!existsSync(join(srcOf(pkg), rest.join("/")))) wrong.push(`${file}: no such file`);
      const testPath = join(srcOf(pkg), test);
      if (!existsSync(testPath)) wrong.push(`${file}: no test ${test}`);
      else if (!readFileSync(testPath, "utf8").includes(`describe("${name}"`)) wrong.push(`${file}: no describe("${name}") in ${test}`);
    }
    expect(wrong).toEqual([]);
  });

  it("fails on a layout file with no test (the rule itself)", () => {
    const fake: SourceFile = { pkg: "pdf", path: "layout/new-box.ts", absolute: join(srcOf("pdf"), "layout/new-box.ts"), text: "export function newBox() {}", test: false };
    expect(inFolder(fake) && hasCode(fake) && !existsSync(fake.absolute.replace(/\.ts$/, ".test.ts")) && COVERED_BY[key(fake)] === undefined).toBe(true);
    expect(importedByATest(fake, files.filter((t) => t.pkg === "pdf" && t.test))).toBe(false);
  });
});
