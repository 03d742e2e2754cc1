import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { creuseYaml, writeFiles } from "../test-support/inputs";
import { run, tempDirs } from "../test-support/run";

const fresh = tempDirs();

describe("pacte calendar", () => {
  it("prints the obligations as iCalendar, CRLF line ends", async () => {
    const dir = fresh();
    writeFiles(dir, { "c.yaml": creuseYaml() });
    const r = await run(dir, ["calendar", "c.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(r.stdout.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(r.stdout).toContain("UID:CLS-23-2024-001-");
    expect(r.stdout).toContain("DTSTAMP:20240705T000000Z");
  });

  it("writes --out, the same bytes, and refuses to replace it without --force", async () => {
    const dir = fresh();
    writeFiles(dir, { "c.yaml": creuseYaml() });
    const printed = (await run(dir, ["calendar", "c.yaml"])).stdout;
    const r = await run(dir, ["calendar", "c.yaml", "--out", "echeances.ics"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^écrit echeances\.ics \(\d+ échéances\)\n$/);
    expect(readFileSync(join(dir, "echeances.ics"), "utf8")).toBe(printed);
    expect((await run(dir, ["calendar", "c.yaml", "--out", "echeances.ics"])).code).toBe(2);
    expect((await run(dir, ["calendar", "c.yaml", "--out", "echeances.ics", "--force"])).code).toBe(0);
  });

  it("exits 1 for an invalid contract", async () => {
    const dir = fresh();
    writeFiles(dir, { "c.yaml": creuseYaml((i) => (i.profile = "cls-2024")) });
    const r = await run(dir, ["calendar", "c.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("contract.unknown_profile");
  });
});
