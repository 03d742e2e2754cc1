import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseContract } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import { describe, expect, it } from "vitest";
import { CliIoError } from "../cli-error";
import { nodeFileSystem } from "../file-system";
import { tempDirs } from "../test-support/run";
import { loadExecution } from "./load-execution";

const fresh = tempDirs();
const contract = parseContract(creuseInput());

describe("loadExecution", () => {
  it("reads a report's file and checks it against the contract, with located issues", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "r.yaml"), "contract: CLS-23-2024-001\nyear: 2031\ndate: 2032-06-01\nactions: []\n");
    const ctx = { fs: nodeFileSystem(), resolve: (p: string) => join(dir, p) };
    const r = await loadExecution(ctx, "r.yaml", contract, { lang: "fr" });
    expect(r.execution).toBeUndefined();
    expect(r.issues[0]).toMatchObject({ code: "execution.year_outside", path: ["year"], location: { line: 2, column: 1 } });
  });

  it("says what the path is when it is not a file, and throws CliIoError when it is missing", async () => {
    const dir = fresh();
    mkdirSync(join(dir, "dossier.yaml"));
    const ctx = { fs: nodeFileSystem(), resolve: (p: string) => join(dir, p) };
    expect((await loadExecution(ctx, "dossier.yaml", contract, { lang: "fr" })).issues.map((i) => i.code)).toEqual(["input.not_a_file"]);
    await expect(loadExecution(ctx, "absent.yaml", contract, { lang: "fr" })).rejects.toBeInstanceOf(CliIoError);
  });
});
