// The example runs as a person runs it (`npm run demo`), into a temporary folder.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const out = mkdtempSync(join(tmpdir(), "pacte-example-departement-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
/** Runs a script of the example; it must succeed and print no warning (warnings go to stderr). */
const run = (script: string, dir: string): string => {
  const r = spawnSync("npx", ["tsx", script, "--out", dir], { cwd: new URL("..", import.meta.url), encoding: "utf8" });
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
  return r.stdout;
};

describe("examples/contrat-departement", () => {
  it("turns contrat.yaml into a PDF and a DOCX, with no warning", () => {
    const printed = run("src/from-yaml.ts", join(out, "yaml"));
    const files = readdirSync(join(out, "yaml")).sort();
    expect(files).toEqual(["CLS-23-2024-001.docx", "CLS-23-2024-001.pdf"]);
    expect(readFileSync(join(out, "yaml", "CLS-23-2024-001.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(readFileSync(join(out, "yaml", "CLS-23-2024-001.docx")).subarray(0, 2).toString()).toBe("PK");
    expect(printed).toMatch(/Creuse/);
  }, 120_000);

  it("builds a contract in TypeScript with the builder, with no warning", () => {
    run("src/with-builder.ts", join(out, "builder"));
    const files = readdirSync(join(out, "builder"));
    expect(files.filter((f) => f.endsWith(".pdf"))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith(".docx"))).toHaveLength(1);
  }, 120_000);
});
