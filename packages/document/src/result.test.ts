import { describe, expect, it } from "vitest";
import type { Issue } from "./issue";
import { fail, ok } from "./result";

const issue = (severity: Issue["severity"], code = "document.x"): Issue => ({ code, path: [], message: "", severity, params: {} });

describe("ok and fail", () => {
  it("wraps data with its warnings", () => {
    expect(ok(3)).toEqual({ success: true, data: 3, warnings: [] });
    expect(ok(3, [issue("warning")])).toEqual({ success: true, data: 3, warnings: [issue("warning")] });
  });

  it("separates errors from warnings", () => {
    expect(fail([issue("error", "a"), issue("warning", "b"), issue("error", "c")])).toEqual({
      success: false,
      issues: [issue("error", "a"), issue("error", "c")],
      warnings: [issue("warning", "b")],
    });
  });
});
