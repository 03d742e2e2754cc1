import { CONTRACT_ISSUE_CODES, CONTRACT_WARNING_CODES } from "./messages";
import { describe, expect, it } from "vitest";
import { contractIssue, contractIssueSeverity } from "./issues";

describe("contractIssue", () => {
  it("gives each code its severity", () => {
    expect(contractIssueSeverity("contract.parity")).toBe("error");
    expect(contractIssueSeverity("contract.action_without_indicators")).toBe("warning");
    expect(contractIssueSeverity("contract.amendment_no_change")).toBe("warning");
    for (const code of CONTRACT_WARNING_CODES) expect(contractIssueSeverity(code), code).toBe("warning");
    for (const code of CONTRACT_ISSUE_CODES.filter((c) => !(CONTRACT_WARNING_CODES as readonly string[]).includes(c))) {
      expect(contractIssueSeverity(code), code).toBe("error");
    }
    expect(contractIssue("contract.parity", ["actions", 0], {}, { severity: "warning" }).severity).toBe("warning");
    expect(contractIssue("contract.duplicate_action_id", ["actions", 3, "id"], { received: "A1", firstIndex: 0, firstPath: "actions[0]" }).message).toBe(
      "Identifiant d’action en double : « A1 » est déjà celui de actions[0] ; chaque action a un identifiant unique.",
    );
  });

  it("writes English on request", () => {
    expect(contractIssue("contract.deliberation_body_missing", [], {}, { lang: "en" }).message).toMatch(/^The body/);
  });
});
