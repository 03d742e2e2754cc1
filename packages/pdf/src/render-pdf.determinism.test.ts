import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { renderPdf } from "./default-fonts";
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
});
