// The barrel names the functions a user reaches for. (That no exported value can be changed in
// place is checked for every package, this one included, by tools/architecture.)
import { describe, expect, it } from "vitest";
import * as execution from "./index";

describe("@pacte/execution's public surface", () => {
  it("names the functions of phase 1", () => {
    for (const name of ["validateExecution", "settleExecution", "indicatorRate", "executionReportToDocument", "statusLabel"]) {
      expect(typeof (execution as Record<string, unknown>)[name], name).toBe("function");
    }
  });
});
