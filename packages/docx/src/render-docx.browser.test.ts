import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./render-docx";
import { chartDocument } from "./test-support/chart-document";
import { sampleDocument } from "./test-support/sample-document";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe("renderDocx outside Node", () => {
  it(
    "bundles for the browser without Node built-ins and renders, in a bare JavaScript context, the same bytes as in Node",
    async () => {
      const bundle = await build({
        entryPoints: [here("./index.ts")],
        bundle: true,
        platform: "browser",
        format: "iife",
        globalName: "PacteDocx",
        write: false,
        logLevel: "silent",
        alias: { "@pacte/document": here("../../document/src/index.ts") },
      });
      // The sample, and a document with charts (parts written beside docx's own).
      for (const document of [sampleDocument, chartDocument()]) {
        // Only what every browser has: no Buffer, process, require or file system.
        // The sample crosses over as JSON: a Uint8Array of this realm is not one of the context's.
        const json = JSON.stringify(document, (_key, value: unknown) => (value instanceof Uint8Array ? { bytes: [...value] } : value));
        const context = vm.createContext({ TextEncoder, TextDecoder, URL, atob, btoa, json });
        vm.runInContext(bundle.outputFiles[0]!.text, context);
        expect(vm.runInContext("typeof Buffer + typeof process + typeof require", context)).toBe("undefinedundefinedundefined");
        const revive = "JSON.parse(json, (key, value) => (value && Array.isArray(value.bytes) ? new Uint8Array(value.bytes) : value))";
        const bytes = (await vm.runInContext(`PacteDocx.renderDocx(${revive})`, context)) as Uint8Array;
        expect(Object.prototype.toString.call(bytes)).toBe("[object Uint8Array]");
        expect(Buffer.from(bytes).equals(Buffer.from(await renderDocx(document)))).toBe(true);
      }
    },
    60_000,
  );
});
