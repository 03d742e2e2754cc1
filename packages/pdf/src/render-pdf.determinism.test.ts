import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { renderPdf } from "./default-fonts";
import { chartDocument } from "./test-support/chart-document";
import { documentArb } from "./test-support/document-arbitrary";
import { namesDocument } from "./test-support/names-document";
import { sampleDocument } from "./test-support/sample-document";

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("renderPdf output is the same bytes for the same input", () => {
  it("twice in one process, with and without PDF/A", async () => {
    expect(sha256(await renderPdf(sampleDocument()))).toBe(sha256(await renderPdf(sampleDocument())));
    const plain = await renderPdf(sampleDocument(), { pdfa: false });
    expect(sha256(plain)).toBe(sha256(await renderPdf(sampleDocument(), { pdfa: false })));
    expect(sha256(plain)).not.toBe(sha256(await renderPdf(sampleDocument())));
  });

  it(
    "in other processes, whatever their time zone",
    async () => {
      const here = sha256(await renderPdf(sampleDocument()));
      const script = ["tsx", "--tsconfig", "tsconfig.test.json", "test/render-sample-hash.ts"];
      const hashes = await Promise.all(
        ["Asia/Tokyo", "America/New_York"].map(async (tz) => {
          const { stdout } = await run("npx", script, { cwd: packageRoot, env: { ...process.env, TZ: tz } });
          return stdout.trim();
        }),
      );
      expect(hashes).toEqual([here, here]);
    },
    120_000,
  );

  it(
    "whatever the process rendered before: each document alone in a fresh module, then all in one, in both orders",
    async () => {
      // (Caches that outlive a render — fonts, names, measurements — must not change what the
      // next document gets: reusing fontkit's parsed font across renders once did.)
      const documents = [sampleDocument(), namesDocument(), chartDocument(), ...fc.sample(documentArb, { numRuns: 4, seed: 42 })];
      const cold: string[] = [];
      for (const doc of documents) {
        vi.resetModules();
        const fresh = await import("./default-fonts");
        cold.push(sha256(await fresh.renderPdf(doc)));
      }
      vi.resetModules();
      const one = await import("./default-fonts");
      const forwards: string[] = [];
      for (const doc of documents) forwards.push(sha256(await one.renderPdf(doc)));
      const backwards: string[] = [];
      for (const doc of [...documents].reverse()) backwards.unshift(sha256(await one.renderPdf(doc)));
      expect(forwards).toEqual(cold);
      expect(backwards).toEqual(cold);
    },
    120_000,
  );
});
