import { describe, expect, it } from "vitest";
import { show, showList } from "./show";

describe("show / showList", () => {
  it("quotes strings as they are and the rest as JSON", () => {
    expect(show("2B")).toBe("2B");
    expect(show(12)).toBe("12");
    expect(show({ a: 1 })).toBe('{"a":1}');
    expect(show(undefined)).toBe("undefined");
    expect(show(10n)).toBe("10");
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(show(cyclic)).toBe("[object Object]");
  });
  it("joins lists as a sentence", () => {
    expect(showList(["1", "3", "4"])).toBe("1, 3 et 4");
    expect(showList(["1", "3"], "en")).toBe("1 and 3");
    expect(showList([])).toBe("");
    expect(showList(7)).toBe("7");
  });
});
