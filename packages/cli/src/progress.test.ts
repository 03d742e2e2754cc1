import { describe, expect, it } from "vitest";
import { createProgress, formatDuration } from "./progress";

describe("createProgress", () => {
  it("prints plain lines when the stream is not a terminal", () => {
    let out = "";
    const p = createProgress({ write: (s) => (out += s), isTTY: false }, 12);
    p.done("a.yaml", "ok", 1234);
    p.done("b.yaml", "invalide", 40);
    p.finish();
    expect(out).toBe("[ 1/12] ok       a.yaml (1,2 s)\n[ 2/12] invalide b.yaml (40 ms)\n");
  });

  it("redraws one bar in place on a terminal and clears it at the end", () => {
    let out = "";
    const p = createProgress({ write: (s) => (out += s), isTTY: true, columns: 80 }, 4);
    p.done("a.yaml", "ok", 10);
    p.done("b.yaml", "ok", 10);
    p.finish();
    expect(out).not.toContain("\n");
    expect(out).toContain("\r\x1b[2K[████████████░░░░░░░░░░░░] 2/4  b.yaml");
    expect(out.endsWith("\r\x1b[2K")).toBe(true);
  });
});

describe("formatDuration", () => {
  it.each([
    [850, "850 ms"],
    [1234, "1,2 s"],
    [125_000, "2 min 05 s"],
  ])("%i → %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
