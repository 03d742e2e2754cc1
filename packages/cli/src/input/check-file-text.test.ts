import { describe, expect, it } from "vitest";
import { creuseYaml } from "../test-support/inputs";
import { checkFileText } from "./check-file-text";

describe("checkFileText", () => {
  it("reads the syntax from the extension", async () => {
    expect((await checkFileText("reference: X\n", "a.json", { lang: "fr" })).issues[0]?.code).toBe("input.syntax");
  });

  it("gives the contract of a valid text, with its warnings only", async () => {
    const r = await checkFileText(creuseYaml(), "a.yaml", { lang: "fr" });
    expect(r.contract?.reference).toBe("CLS-23-2024-001");
    expect(r.issues.every((i) => i.severity !== "error")).toBe(true);
  });
});
