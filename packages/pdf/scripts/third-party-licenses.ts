/**
 * Writes THIRD_PARTY_LICENSES.md: the licence of every package whose code the built `dist/`
 * carries (`@cantoo/pdf-lib`, `fontkit` and what they import, bundled by tsup: see
 * scripts/stand-ins.ts). Their licences (MIT, 0BSD, Apache-2.0) ask that the notice travel with
 * the code. The packages are read from the paths esbuild writes above each bundled file in
 * dist/*.js; each licence from the package's own licence file, or, for the few that publish
 * none, from its package.json (MIT text with its author as the copyright holder).
 * tools/architecture/src/third-party-licenses.test.ts checks the file names every bundled package.
 *
 * Run from packages/pdf after `npm run build`: `npx tsx scripts/third-party-licenses.ts`
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * The node_modules folders (relative to the repository's root) whose files the built package
 * carries, from esbuild's `// ../../node_modules/…` comments in dist/*.js, sorted.
 *
 * @example
 * bundledPackageDirs(distText) //=> ["node_modules/@cantoo/pdf-lib", "node_modules/clone", …]
 */
export function bundledPackageDirs(texts: readonly string[]): string[] {
  const dirs = new Set<string>();
  for (const text of texts)
    for (const [, dir] of text.matchAll(/^\/\/ (?:\.\.\/)*((?:node_modules\/(?:@[^/\n]+\/)?[^/\n]+\/)+)/gm)) if (dir !== undefined) dirs.add(dir.replace(/\/$/, ""));
  return [...dirs].sort();
}

const MIT = (holder: string): string =>
  `MIT License\n\nCopyright (c) ${holder}\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the "Software"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all\ncopies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\nSOFTWARE.\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = join(root, "dist");
  const texts = readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .map((f) => readFileSync(join(dist, f), "utf8"));
  const repo = join(root, "../..");
  const sections: string[] = [];
  for (const dir of bundledPackageDirs(texts)) {
    const manifest = JSON.parse(readFileSync(join(repo, dir, "package.json"), "utf8")) as { name: string; version: string; license?: string; author?: string | { name: string } };
    const file = readdirSync(join(repo, dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const author = typeof manifest.author === "string" ? manifest.author.replace(/\s*<[^>]*>/, "") : (manifest.author?.name ?? manifest.name);
    if (file === undefined && manifest.license !== "MIT") throw new Error(`${manifest.name}: no licence file and not MIT (${manifest.license ?? "none"}): write its notice by hand.`);
    const text = file !== undefined ? readFileSync(join(repo, dir, file), "utf8").trim() : MIT(author).trim();
    const source = file !== undefined ? `its ${file}` : "its package.json (the package publishes no licence file)";
    sections.push(`## ${manifest.name} ${manifest.version}\n\n${manifest.license ?? ""}, from ${source}.\n\n\`\`\`\n${text}\n\`\`\`\n`);
  }
  writeFileSync(
    join(root, "THIRD_PARTY_LICENSES.md"),
    [
      "# Third-party licences",
      "",
      "`@pacte/pdf` carries in its `dist/` the code of the packages below (bundled, not installed beside it; see the README's « Choice of PDF library »). Their licences follow. Written by `scripts/third-party-licenses.ts`; the fonts' licence (SIL Open Font License 1.1) is in `assets/fonts/OFL.txt`, the sRGB profile's in `assets/sRGB.LICENSE.txt`.",
      "",
      ...sections,
    ].join("\n"),
  );
  console.log(`THIRD_PARTY_LICENSES.md: ${sections.length} packages`);
}
