import { describe, expect, it } from "vitest";
import type { Issue } from "./issue";
import { fail, ok, resultOf } from "./result";

const error: Issue = { code: "x.error", path: [], message: "e", severity: "error", params: {} };
const warning: Issue = { code: "x.warning", path: [], message: "w", severity: "warning", params: {} };

describe("ok / fail / resultOf", () => {
  it("ok carries the data and the warnings", () => {
    expect(ok(3, [warning])).toEqual({ success: true, data: 3, warnings: [warning] });
  });
  it("fail sorts errors from warnings", () => {
    expect(fail([warning, error])).toEqual({ success: false, issues: [error], warnings: [warning] });
  });
  it("resultOf fails only when there is an error", () => {
    expect(resultOf(1, [warning]).success).toBe(true);
    expect(resultOf(1, [warning, error])).toEqual({ success: false, issues: [error], warnings: [warning] });
  });
});
