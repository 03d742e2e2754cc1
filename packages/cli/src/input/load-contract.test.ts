import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeFileSystem } from "../file-system";
import { creuseYaml } from "../test-support/inputs";
import { tempDirs } from "../test-support/run";
import { loadContract } from "./load-contract";

const fresh = tempDirs();

describe("loadContract", () => {
  it("reads and checks a file: the contract, or every issue with its location", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "bon.yaml"), creuseYaml());
    writeFileSync(join(dir, "faux.json"), '{"reference": ');
    const ctx = { fs: nodeFileSystem(), resolve: (p: string) => join(dir, p) };
    expect((await loadContract(ctx, "bon.yaml", { lang: "fr" })).contract?.reference).toBe("CLS-23-2024-001");
    const bad = await loadContract(ctx, "faux.json", { lang: "en" });
    expect(bad.contract).toBeUndefined();
    expect(bad.issues[0]).toMatchObject({ code: "input.syntax", location: { line: 1 } });
  });

  it("hands the text to the checker it is given", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "a.yaml"), "x: 1\n");
    const seen: string[] = [];
    const check = async (text: string, fileName: string) => (seen.push(`${fileName}=${text}`), { issues: [] });
    await loadContract({ fs: nodeFileSystem(), resolve: (p: string) => join(dir, p) }, "a.yaml", { lang: "fr" }, check);
    expect(seen).toEqual(["a.yaml=x: 1\n"]);
  });
});
