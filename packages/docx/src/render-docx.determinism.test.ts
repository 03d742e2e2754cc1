import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./render-docx";
import { unzipDocx } from "./test-support/read-docx";
import { sampleDocument } from "./test-support/sample-document";

const run = promisify(execFile);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const packageRoot = fileURLToPath(new URL("..", import.meta.url));

describe("renderDocx is byte-identical for identical input", () => {
  it("gives the same bytes twice in one process", async () => {
    const a = await renderDocx(sampleDocument);
    const b = await renderDocx(sampleDocument);
    expect(sha256(b)).toBe(sha256(a));
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it("gives the same bytes after other documents were rendered (no counter leaks between renders)", async () => {
    const a = await renderDocx(sampleDocument);
    await renderDocx({ ...sampleDocument, body: [...sampleDocument.body, ...sampleDocument.body.filter((b) => b.type === "image")] });
    const b = await renderDocx(sampleDocument);
    expect(sha256(b)).toBe(sha256(a));
  });

  it("does not depend on the order of custom properties", async () => {
    const a = await renderDocx({ ...sampleDocument, meta: { ...sampleDocument.meta, customProperties: { a: "1", b: "2" } } });
    const b = await renderDocx({ ...sampleDocument, meta: { ...sampleDocument.meta, customProperties: { b: "2", a: "1" } } });
    expect(sha256(b)).toBe(sha256(a));
  });

  it("changes when the input changes (the test can fail)", async () => {
    const a = await renderDocx(sampleDocument);
    const b = await renderDocx({ ...sampleDocument, meta: { ...sampleDocument.meta, modifiedAt: "2024-03-15T00:00:00Z" } });
    expect(sha256(b)).not.toBe(sha256(a));
    // Only the dates differ: same parts, same order.
    expect(Object.keys(unzipDocx(b))).toEqual(Object.keys(unzipDocx(a)));
  });

  it(
    "gives the same bytes in other processes, whatever their time zone",
    async () => {
      const here = sha256(await renderDocx(sampleDocument));
      const script = ["tsx", "--tsconfig", "tsconfig.test.json", "test/render-sample.ts"];
      const hashes = await Promise.all(
        ["Asia/Tokyo", "America/New_York"].map(async (tz) => {
          const { stdout } = await run("npx", script, { cwd: packageRoot, env: { ...process.env, TZ: tz } });
          return stdout.trim();
        }),
      );
      expect(hashes).toEqual([here, here]);
    },
    60_000,
  );
});
