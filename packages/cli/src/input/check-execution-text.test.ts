import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseContract } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import { describe, expect, it } from "vitest";
import { checkExecutionText } from "./check-execution-text";

const example = (path: string): string => readFileSync(fileURLToPath(new URL(`../../../../examples/rapport-execution/${path}`, import.meta.url)), "utf8");
const contract = parseContract(creuseInput());

describe("checkExecutionText", () => {
  it("gives the checked report of a valid text", async () => {
    const r = await checkExecutionText(example("rapport-2024.yaml"), "rapport-2024.yaml", contract, { lang: "fr" });
    expect(r.issues).toEqual([]);
    expect(r.execution).toMatchObject({ contract: "CLS-23-2024-001", year: 2024, date: "2025-06-12" });
    expect(r.execution?.actions).toHaveLength(12);
  });

  it("gives every issue of a bad report, errors first, each at its line and column", async () => {
    const r = await checkExecutionText(example("rapport-errone.yaml"), "rapport-errone.yaml", contract, { lang: "en" });
    expect(r.execution).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.location?.line, i.location?.column])).toEqual([
      ["execution.overspend", 10, 45],
      ["execution.unknown_action", 14, 7],
      ["execution.parity", 15, 36],
      ["execution.overspend_partner", 10, 60],
    ]);
    expect(r.issues[1]?.message).toBe("Unknown action: \"A1.9\" is not an action of the contract; did you mean \"A1.1\"?");
  });

  it("reads JSON by the file's extension, and refuses what the contract's reader refuses", async () => {
    const json = await checkExecutionText('{"contract": "CLS-23-2024-001", "year": 2024, "date": "2025-06-12", "actions": []}', "r.json", contract, { lang: "fr" });
    expect(json.issues.map((i) => i.code)).toContain("execution.missing_action");
    const tag = await checkExecutionText("contract: !!str CLS-23-2024-001\n", "r.yaml", contract, { lang: "fr" });
    expect(tag.issues[0]).toMatchObject({ code: "input.yaml_tag", location: { line: 1 } });
    const big = await checkExecutionText(`contract: ${"x".repeat(200)}\n`, "r.yaml", contract, { lang: "fr", maxSize: 100 });
    expect(big.issues[0]?.code).toBe("limit.input_size");
  });
});
