import { describe, expect, it } from "vitest";
import { createProgress, estimateRemaining, formatDuration } from "./progress";

describe("createProgress", () => {
  it("prints plain lines when the stream is not a terminal", () => {
    let out = "";
    const p = createProgress({ write: (s) => (out += s), isTTY: false }, 12, { now: () => 0 });
    p.done("a.yaml", "ok", 1234);
    p.done("b.yaml", "invalide", 40);
    p.finish();
    expect(out).toBe("[ 1/12] ok       a.yaml (1,2 s)\n[ 2/12] invalide b.yaml (40 ms)\n");
  });

  it("redraws one bar in place on a terminal, with the time left, and clears it at the end", () => {
    let out = "";
    let t = 0;
    const p = createProgress({ write: (s) => (out += s), isTTY: true, columns: 80 }, 4, { now: () => t });
    t = 3000;
    p.done("a.yaml", "ok", 10);
    t = 6000;
    p.done("b.yaml", "ok", 10);
    p.finish();
    expect(out).not.toContain("\n");
    expect(out).toContain("\r\x1b[2K[██████░░░░░░░░░░░░░░░░░░] 1/4  reste ~9,0 s  a.yaml");
    expect(out).toContain("\r\x1b[2K[████████████░░░░░░░░░░░░] 2/4  reste ~6,0 s  b.yaml");
    expect(out.endsWith("\r\x1b[2K")).toBe(true);
  });

  it("speaks English with --lang en", () => {
    let out = "";
    let t = 0;
    const p = createProgress({ write: (s) => (out += s), isTTY: true, columns: 80 }, 3, { now: () => t, lang: "en" });
    t = 1500;
    p.done("a.yaml", "ok", 10);
    expect(out).toContain("1/3  left ~3.0 s  a.yaml");
  });
});

describe("estimateRemaining", () => {
  it("projects the pace so far, rounded up to the second", () => {
    expect(estimateRemaining(10_000, 5, 20)).toBe(30_000);
    expect(estimateRemaining(1_000, 3, 4)).toBe(1_000);
    expect(estimateRemaining(0, 0, 4)).toBeUndefined();
    expect(estimateRemaining(9_000, 4, 4)).toBeUndefined();
  });
});

describe("formatDuration", () => {
  it.each([
    [850, "850 ms", "850 ms"],
    [1234, "1,2 s", "1.2 s"],
    [125_000, "2 min 05 s", "2 min 05 s"],
  ])("%i → %s / %s", (ms, fr, en) => {
    expect(formatDuration(ms)).toBe(fr);
    expect(formatDuration(ms, "en")).toBe(en);
  });
});
