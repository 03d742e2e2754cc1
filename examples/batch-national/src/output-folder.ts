import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * `out/<name>` at the repository's root (the nearest folder above the script whose
 * package.json declares workspaces), or in the current folder once the example is copied
 * elsewhere.
 */
export function outputFolder(scriptUrl: string, name: string): string {
  let dir = dirname(fileURLToPath(scriptUrl));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && "workspaces" in (JSON.parse(readFileSync(manifest, "utf8")) as object)) return join(dir, "out", name);
    const parent = dirname(dir);
    if (parent === dir) return resolve("out", name);
    dir = parent;
  }
}
