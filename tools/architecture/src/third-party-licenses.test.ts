// Two packages carry others' code in their built files: @pacte/pdf bundles @cantoo/pdf-lib,
// fontkit and what they import (packages/pdf/scripts/stand-ins.ts), and the `pacte` executable of
// @pacte/cli (dist/bin/) bundles every library it uses but exceljs, @pacte/pdf's bundle and its
// fonts included. Their licences must travel with them: each package's THIRD_PARTY_LICENSES.md,
// written by scripts/third-party-licenses.ts, must name every package its built files carry, at
// the version installed, with the notices of the pacte packages bundled in it, and be published.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledPackageDirs, bundledWorkspacePackages, carried, NOTICE_FILES } from "../../../scripts/third-party-licenses";
import { ROOT } from "./source-files";

const versionOf = (dir: string): string => {
  const m = JSON.parse(readFileSync(join(ROOT, dir, "package.json"), "utf8")) as { name: string; version: string };
  return `${m.name} ${m.version}`;
};

describe.each([
  ["packages/pdf", ["fontkit", "@cantoo/pdf-lib"]],
  ["packages/cli", ["fontkit", "@cantoo/pdf-lib", "zod", "yaml", "docx", "hyphen"]],
] as const)("the licences of what %s bundles", (packageDir, expected) => {
  it.runIf(existsSync(join(ROOT, packageDir, "dist")))("THIRD_PARTY_LICENSES.md names every bundled package at its installed version, with the notices it needs, and is published", () => {
    const { dirs, workspace } = carried(packageDir);
    const bundled = dirs.map(versionOf);
    for (const name of expected) expect(bundled.some((b) => b.startsWith(`${name} `)), name).toBe(true);
    const notices = workspace.flatMap((name) => (NOTICE_FILES[name] ?? []).map((n) => n.title));
    const named = [...readFileSync(join(ROOT, packageDir, "THIRD_PARTY_LICENSES.md"), "utf8").matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(named.sort()).toEqual([...bundled, ...notices].sort());
    expect((JSON.parse(readFileSync(join(ROOT, packageDir, "package.json"), "utf8")) as { files: string[] }).files).toContain("THIRD_PARTY_LICENSES.md");
  });
});

describe("reading esbuild's comments", () => {
  it("finds the packages, nested node_modules included", () => {
    const text = "// ../../node_modules/fontkit/dist/browser-module.mjs\ncode\n// ../../node_modules/unicode-properties/node_modules/base64-js/index.js\n// src/x.ts\n";
    expect(bundledPackageDirs([text])).toEqual(["node_modules/fontkit", "node_modules/unicode-properties/node_modules/base64-js"]);
  });

  it("finds the pacte packages bundled in turn", () => {
    expect(bundledWorkspacePackages(["// ../pdf/dist/chunk-X.js\ncode\n// ../contract/dist/index.js\n// ../../node_modules/zod/v4/core/core.js\n// src/cli.ts\n"])).toEqual(["contract", "pdf"]);
  });

  it("the CLI's executable carries @pacte/pdf, so its fonts' licence", () => {
    if (!existsSync(join(ROOT, "packages/cli/dist/bin"))) return;
    expect(carried("packages/cli").workspace).toContain("pdf");
    expect(readFileSync(join(ROOT, "packages/cli/THIRD_PARTY_LICENSES.md"), "utf8")).toContain("SIL OPEN FONT LICENSE Version 1.1");
  });
});
