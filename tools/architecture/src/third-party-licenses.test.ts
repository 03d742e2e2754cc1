// @pacte/pdf bundles @cantoo/pdf-lib, fontkit and what they import into its dist/ (packages/pdf/
// scripts/stand-ins.ts): their licences must travel with it. packages/pdf/THIRD_PARTY_LICENSES.md,
// written by packages/pdf/scripts/third-party-licenses.ts, must name every package the built files
// carry, at the version installed, and be published.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledPackageDirs } from "../../../packages/pdf/scripts/third-party-licenses";
import { ROOT } from "./source-files";

const PDF = join(ROOT, "packages", "pdf");

describe.runIf(existsSync(join(PDF, "dist")))("the licences of what @pacte/pdf bundles", () => {
  it("THIRD_PARTY_LICENSES.md names every bundled package at its installed version, and is published", () => {
    const texts = readdirSync(join(PDF, "dist"))
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(join(PDF, "dist", f), "utf8"));
    const bundled = bundledPackageDirs(texts).map((dir) => {
      const m = JSON.parse(readFileSync(join(ROOT, dir, "package.json"), "utf8")) as { name: string; version: string };
      return `${m.name} ${m.version}`;
    });
    expect(bundled).toContain(`fontkit ${(JSON.parse(readFileSync(join(ROOT, "node_modules/fontkit/package.json"), "utf8")) as { version: string }).version}`);
    const named = [...readFileSync(join(PDF, "THIRD_PARTY_LICENSES.md"), "utf8").matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(named.sort()).toEqual(bundled.sort());
    expect((JSON.parse(readFileSync(join(PDF, "package.json"), "utf8")) as { files: string[] }).files).toContain("THIRD_PARTY_LICENSES.md");
  });

  it("finds the packages in esbuild's comments, nested node_modules included", () => {
    const text = "// ../../node_modules/fontkit/dist/browser-module.mjs\ncode\n// ../../node_modules/unicode-properties/node_modules/base64-js/index.js\n// src/x.ts\n";
    expect(bundledPackageDirs([text])).toEqual(["node_modules/fontkit", "node_modules/unicode-properties/node_modules/base64-js"]);
  });
});
