import { fileURLToPath } from "node:url";
import { runnerImport, type AliasOptions, type Plugin } from "vite";

const ID = "virtual:pacte-choices";
const RESOLVED = `\0${ID}`;

/**
 * A Vite plugin that gives the page `virtual:pacte-choices`: what the form offers to choose from
 * (`pacteChoices()` of src/choices.ts — the collectivities, the axes, the profiles' rules),
 * computed once, at build time, with the same @pacte packages (resolved through `alias`). The
 * page then ships these few kilobytes of names instead of the reference data and its schemas.
 *
 * @example
 * defineConfig({ plugins: [pacteChoicesPlugin(alias)] })
 */
export function pacteChoicesPlugin(alias: AliasOptions): Plugin {
  let code: Promise<string> | undefined;
  return {
    name: "pacte-choices",
    resolveId: (source) => (source === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      code ??= (async () => {
        const source = fileURLToPath(new URL("./src/choices.ts", import.meta.url));
        const { module } = await runnerImport<typeof import("./src/choices")>(source, {
          configFile: false,
          root: fileURLToPath(new URL(".", import.meta.url)),
          resolve: { alias },
          logLevel: "error",
        });
        return `export const CHOICES = ${JSON.stringify(module.pacteChoices())};\n`;
      })();
      return code;
    },
  };
}
