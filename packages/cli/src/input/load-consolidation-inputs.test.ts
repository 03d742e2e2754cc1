import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseContract } from "@pacte/contract";
import { executionTemplate } from "@pacte/execution";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { CliIoError } from "../cli-error";
import { nodeFileSystem } from "../file-system";
import { bordeauxInput, creuseInput, creuseYaml, writeFiles } from "../test-support/inputs";
import { tempDirs } from "../test-support/run";
import { loadConsolidationInputs } from "./load-consolidation-inputs";

const fresh = tempDirs();
const template = (input: ReturnType<typeof creuseInput>, year: number): string => stringify(executionTemplate(parseContract(input), year));

describe("loadConsolidationInputs", () => {
  it("takes a file naming its contract for a report, any other for a contract, and pairs them by reference", async () => {
    const dir = fresh();
    mkdirSync(join(dir, "in"));
    writeFiles(join(dir, "in"), {
      "a-creuse.yaml": creuseYaml(),
      "b-bordeaux.json": JSON.stringify(bordeauxInput()),
      "c-creuse-2025.yaml": template(creuseInput(), 2025),
      "d-creuse-2024.yaml": template(creuseInput(), 2024),
      "e-bordeaux-2024.yml": template(bordeauxInput(), 2024),
      "notes.txt": "not an input",
    });
    const ctx = { fs: nodeFileSystem(), resolve: (p: string) => join(dir, p) };
    const r = await loadConsolidationInputs(ctx, ["in"], { lang: "fr" });
    expect(r.files.map((f) => [f.shown, f.kind, f.issues.length])).toEqual([
      ["in/a-creuse.yaml", "contract", 0],
      ["in/b-bordeaux.json", "contract", 0],
      ["in/c-creuse-2025.yaml", "report", 0],
      ["in/d-creuse-2024.yaml", "report", 0],
      ["in/e-bordeaux-2024.yml", "report", 0],
    ]);
    expect(r.contracts.map((c) => c.reference)).toEqual(["CLS-23-2024-001", parseContract(bordeauxInput()).reference]);
    expect(r.reports.map((x) => `${x.contract} ${x.year}`)).toEqual(["CLS-23-2024-001 2025", "CLS-23-2024-001 2024", `${parseContract(bordeauxInput()).reference} 2024`]);
  });

  it("locates an unknown contract, a report twice and a contract twice in the file that repeats; leaves unread what cannot be read", async () => {
    const dir = fresh();
    const orphan = template(creuseInput(), 2024).replace("contract: CLS-23-2024-001", "contract: CLS-23-2024-01");
    writeFiles(dir, { "1.yaml": creuseYaml(), "2.yaml": creuseYaml(), "3.yaml": template(creuseInput(), 2024), "4.yaml": template(creuseInput(), 2024), "5.yaml": orphan, "6.yaml": "a: [1\n" });
    const r = await loadConsolidationInputs({ fs: nodeFileSystem(), resolve: (p: string) => join(dir, p) }, ["."], { lang: "fr" });
    expect(r.files.map((f) => [f.shown, f.kind, f.issues.map((i) => `${i.code}@${i.location?.line}:${i.location?.column}`)])).toEqual([
      ["1.yaml", "contract", []],
      ["2.yaml", "contract", [expect.stringMatching(/^consolidation\.duplicate_contract@\d+:1$/)]],
      ["3.yaml", "report", []],
      ["4.yaml", "report", ["consolidation.duplicate_report@2:1"]],
      ["5.yaml", "report", ["consolidation.unknown_contract@1:1"]],
      ["6.yaml", "unread", ["input.syntax@2:1"]],
    ]);
    expect(r.files[1]?.issues[0]?.message).toBe("Contrat en double : « CLS-23-2024-001 » figure déjà en 1.yaml ; chaque contrat est consolidé une fois.");
    expect(r.files[4]?.issues[0]?.message).toContain("vouliez-vous dire « CLS-23-2024-001 » ?");
    expect([r.contracts.length, r.reports.length]).toEqual([1, 1]);
  });

  it("leaves unchecked a report whose contract is invalid, and throws CliIoError for a missing argument", async () => {
    const dir = fresh();
    writeFiles(dir, { "c.yaml": creuseYaml((i) => (i.collectivite.ref = "99Z")), "r.yaml": template(creuseInput(), 2024) });
    const ctx = { fs: nodeFileSystem(), resolve: (p: string) => join(dir, p) };
    const r = await loadConsolidationInputs(ctx, ["."], { lang: "fr" });
    expect(r.files.map((f) => [f.shown, f.issues.map((i) => i.code)])).toEqual([
      ["c.yaml", ["territory.unknown_collectivite"]],
      ["r.yaml", []],
    ]);
    expect(r.reports).toEqual([]);
    await expect(loadConsolidationInputs(ctx, ["absent"], { lang: "fr" })).rejects.toBeInstanceOf(CliIoError);
  });
});
