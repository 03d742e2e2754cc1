// The example runs as a person runs it (`npm run demo`), into a temporary folder.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const out = mkdtempSync(join(tmpdir(), "pacte-example-avenant-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("examples/avenant", () => {
  it("writes the avenant and the consolidated contract, as PDF and DOCX", () => {
    execFileSync("npx", ["tsx", "src/main.ts", "--out", out], { cwd: new URL("..", import.meta.url), encoding: "utf8" });
    expect(readdirSync(out).sort()).toEqual([
      "CLS-23-2024-001-avenant-1.docx",
      "CLS-23-2024-001-avenant-1.pdf",
      "CLS-23-2024-001-consolide-avenant-1.docx",
      "CLS-23-2024-001-consolide-avenant-1.pdf",
    ]);
  }, 120_000);
});
