import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDirs } from "../test-support/run";

const fresh = tempDirs();

describe("pacte schema", () => {
  it("prints the JSON Schema of the input", async () => {
    const r = await run(fresh(), ["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema: string; required: string[] };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(expect.arrayContaining(["reference", "profile", "actions"]));
  });

  it("writes --out and never replaces it without --force", async () => {
    const dir = fresh();
    expect(await run(dir, ["schema", "--out", "contrat.schema.json"])).toEqual({ code: 0, stdout: "écrit contrat.schema.json\n", stderr: "" });
    expect(JSON.parse(readFileSync(join(dir, "contrat.schema.json"), "utf8"))).toHaveProperty("then.properties.actions");
    expect((await run(dir, ["schema", "--out", "contrat.schema.json"])).code).toBe(2);
  });

  it("takes no argument", async () => {
    expect((await run(fresh(), ["schema", "x"])).stderr).toMatch(/^pacte schema : argument en trop « x » pour « pacte schema »\n/);
  });
});
