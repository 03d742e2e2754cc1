import { describe, expect, it } from "vitest";
import { terminalStyle, visibleWidth, wantsColor } from "./terminal-style";

const tty = { write: () => undefined, isTTY: true, columns: 100 };
const pipe = { write: () => undefined, isTTY: false };

describe("terminal style", () => {
  it.each([
    [tty, {}, true],
    [pipe, {}, false],
    [tty, { NO_COLOR: "1" }, false],
    [tty, { NO_COLOR: "" }, true],
    [tty, { TERM: "dumb" }, false],
    [pipe, { FORCE_COLOR: "1" }, true],
    [tty, { FORCE_COLOR: "0" }, false],
    [tty, { FORCE_COLOR: "false" }, false],
    [pipe, { FORCE_COLOR: "3", NO_COLOR: "1" }, true],
  ] as const)("colour on %o with %o: %s", (stream, env, expected) => {
    expect(wantsColor(stream, env)).toBe(expected);
  });

  it("colours only when asked, and wraps only on a terminal", () => {
    expect(terminalStyle(tty, {}).red("x")).toBe("\u001b[31mx\u001b[39m");
    expect(terminalStyle(pipe, {}).red("x")).toBe("x");
    expect(terminalStyle(tty, {}).width).toBe(100);
    expect(terminalStyle({ ...tty, columns: 10 }, {}).width).toBe(40);
    expect(terminalStyle(pipe, { FORCE_COLOR: "1" }).width).toBeUndefined();
  });

  it("measures what shows, not the escapes", () => {
    expect(visibleWidth("\u001b[1m« é »\u001b[22m")).toBe(5);
  });
});
