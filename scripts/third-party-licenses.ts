/**
 * Writes a package's THIRD_PARTY_LICENSES.md: the licence of every package whose code its built
 * `dist/` carries, for the packages that bundle others — `@pacte/pdf` (`@cantoo/pdf-lib`,
 * `fontkit` and what they import: see packages/pdf/scripts/stand-ins.ts) and the `pacte`
 * executable of `@pacte/cli` (`dist/bin/`: every library it uses but exceljs, `@pacte/pdf`'s
 * bundle with them). Their licences (MIT, ISC, 0BSD, Apache-2.0, SIL OFL for the fonts) ask that
 * the notice travel with the code.
 *
 * The packages are read from the paths esbuild writes above each bundled file in the package's
 * `dist/**.js`; a pacte package bundled in turn (`// ../pdf/dist/…`) brings the packages its own
 * `dist/` carries and its notices (`NOTICE_FILES`). Each licence comes from the package's own
 * licence file or, for the few that publish none, from its package.json (MIT text with its author
 * as the copyright holder). tools/architecture/src/third-party-licenses.test.ts checks that each
 * file names every bundled package.
 *
 * Run from the repository's root after `npm run build`:
 * `npx tsx scripts/third-party-licenses.ts packages/pdf packages/cli`
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * The node_modules folders (relative to the repository's root) whose files a built package
 * carries, from esbuild's `// ../../node_modules/…` comments, sorted.
 *
 * @example
 * bundledPackageDirs(distTexts) //=> ["node_modules/@cantoo/pdf-lib", "node_modules/clone", …]
 */
export function bundledPackageDirs(texts: readonly string[]): string[] {
  const dirs = new Set<string>();
  for (const text of texts)
    for (const [, dir] of text.matchAll(/^\/\/ (?:\.\.\/)*((?:node_modules\/(?:@[^/\n]+\/)?[^/\n]+\/)+)/gm)) if (dir !== undefined) dirs.add(dir.replace(/\/$/, ""));
  return [...dirs].sort();
}

/**
 * The pacte packages (folder names under packages/) whose built files a package carries, from
 * esbuild's `// ../<name>/dist/…` comments, sorted.
 *
 * @example
 * bundledWorkspacePackages(["// ../pdf/dist/chunk-X.js\n"]) //=> ["pdf"]
 */
export function bundledWorkspacePackages(texts: readonly string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) for (const [, name] of text.matchAll(/^\/\/ \.\.\/([a-z][a-z0-9-]*)\/dist\//gm)) if (name !== undefined) names.add(name);
  return [...names].sort();
}

/** The texts of every `.js` file under a folder, its subfolders included. */
export function distTexts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return distTexts(path);
    return name.endsWith(".js") ? [readFileSync(path, "utf8")] : [];
  });
}

/**
 * The notices a pacte package's own files need beside the packages' licences, by folder name:
 * `@pacte/pdf` embeds the Pacte Sans fonts and an sRGB profile.
 *
 * @example
 * NOTICE_FILES.pdf?.[0]?.file //=> "assets/fonts/OFL.txt"
 */
export const NOTICE_FILES: Readonly<Record<string, readonly { readonly title: string; readonly file: string }[]>> = {
  pdf: [
    { title: "Pacte Sans and Pacte Sans Extended fonts (SIL Open Font License 1.1)", file: "assets/fonts/OFL.txt" },
    { title: "sRGB IEC61966-2.1 ICC profile", file: "assets/sRGB.LICENSE.txt" },
  ],
};

/**
 * What a package carries: the node_modules folders of the packages bundled in its `dist/`,
 * directly or inside a bundled pacte package, and the pacte packages bundled.
 *
 * @example
 * carried("packages/cli").workspace //=> ["contract", "document", "docx", "execution", "issues", "model", "pdf"]
 */
export function carried(packageDir: string): { readonly dirs: string[]; readonly workspace: string[] } {
  const texts = distTexts(join(ROOT, packageDir, "dist"));
  const workspace = bundledWorkspacePackages(texts);
  const dirs = new Set(bundledPackageDirs(texts));
  for (const name of workspace) for (const dir of bundledPackageDirs(distTexts(join(ROOT, "packages", name, "dist")))) dirs.add(dir);
  return { dirs: [...dirs].sort(), workspace };
}

const MIT = (holder: string): string =>
  `MIT License\n\nCopyright (c) ${holder}\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the "Software"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all\ncopies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\nSOFTWARE.\n`;

/** The introduction of each package's file: what it carries and where its other notices are. */
const INTRODUCTIONS: Readonly<Record<string, string>> = {
  "packages/pdf":
    "`@pacte/pdf` carries in its `dist/` the code of the packages below (bundled, not installed beside it; see the README's « Choice of PDF library »). Their licences follow. Written by `scripts/third-party-licenses.ts` (at the repository's root); the fonts' licence (SIL Open Font License 1.1) is in `assets/fonts/OFL.txt`, the sRGB profile's in `assets/sRGB.LICENSE.txt`.",
  "packages/cli":
    "The `pacte` executable of `@pacte/cli` (`dist/bin/`) carries the code of the packages below, bundled (see the README's « Install »), with the Pacte Sans fonts and the sRGB profile of `@pacte/pdf`. Their licences and notices follow. Written by `scripts/third-party-licenses.ts` (at the repository's root). The library build (`dist/`, without `bin/`) bundles none of them.",
};

/**
 * The text of a package's THIRD_PARTY_LICENSES.md.
 *
 * @throws {Error} when a bundled package has no licence file and is not MIT (its notice must be written by hand).
 * @example
 * thirdPartyLicenses("packages/cli").startsWith("# Third-party licences") //=> true
 */
export function thirdPartyLicenses(packageDir: string): string {
  const { dirs, workspace } = carried(packageDir);
  const sections: string[] = [];
  for (const dir of dirs) {
    const manifest = JSON.parse(readFileSync(join(ROOT, dir, "package.json"), "utf8")) as { name: string; version: string; license?: string; author?: string | { name: string } };
    const file = readdirSync(join(ROOT, dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const author = typeof manifest.author === "string" ? manifest.author.replace(/\s*<[^>]*>/, "") : (manifest.author?.name ?? manifest.name);
    if (file === undefined && manifest.license !== "MIT") throw new Error(`${manifest.name}: no licence file and not MIT (${manifest.license ?? "none"}): write its notice by hand.`);
    const text = file !== undefined ? readFileSync(join(ROOT, dir, file), "utf8").trim() : MIT(author).trim();
    const source = file !== undefined ? `its ${file}` : "its package.json (the package publishes no licence file)";
    sections.push(`## ${manifest.name} ${manifest.version}\n\n${manifest.license ?? ""}, from ${source}.\n\n\`\`\`\n${text}\n\`\`\`\n`);
  }
  const notices = workspace.flatMap((name) =>
    (NOTICE_FILES[name] ?? []).map(({ title, file }) => `## ${title}\n\nFrom \`@pacte/${name}\`'s \`${file}\`.\n\n\`\`\`\n${readFileSync(join(ROOT, "packages", name, file), "utf8").trim()}\n\`\`\`\n`),
  );
  const intro = INTRODUCTIONS[packageDir];
  if (intro === undefined) throw new Error(`${packageDir}: no introduction for its THIRD_PARTY_LICENSES.md in scripts/third-party-licenses.ts`);
  return ["# Third-party licences", "", intro, "", ...sections, ...notices].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const packageDir of process.argv.slice(2)) {
    const text = thirdPartyLicenses(packageDir);
    writeFileSync(join(ROOT, packageDir, "THIRD_PARTY_LICENSES.md"), text);
    console.log(`${packageDir}/THIRD_PARTY_LICENSES.md: ${[...text.matchAll(/^## /gm)].length} sections`);
  }
}
