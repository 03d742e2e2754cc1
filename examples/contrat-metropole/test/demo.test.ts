// The example runs as a person runs it (`npm run demo`), into a temporary folder.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const out = mkdtempSync(join(tmpdir(), "pacte-example-metropole-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("examples/contrat-metropole", () => {
  it("writes the métropole's contract as PDF and DOCX, and its calendar", () => {
    execFileSync("npx", ["tsx", "src/from-yaml.ts", "--out", out], { cwd: new URL("..", import.meta.url), encoding: "utf8" });
    const files = readdirSync(out);
    const pdf = files.find((f) => f.endsWith(".pdf"));
    expect(pdf).toBeDefined();
    expect(files.some((f) => f.endsWith(".docx"))).toBe(true);
    expect(readFileSync(join(out, pdf ?? "")).subarray(0, 5).toString()).toBe("%PDF-");
    const ics = files.find((f) => f.endsWith(".ics"));
    expect(ics).toBeDefined();
    expect(readFileSync(join(out, ics ?? ""), "utf8")).toMatch(/^BEGIN:VCALENDAR\r\n/);
  }, 120_000);
});
