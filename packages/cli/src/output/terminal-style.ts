import type { CliStream } from "../cli-io";

/**
 * How to write on one stream: whether to colour, and the width to wrap at (`undefined`: never
 * wrap — a pipe or a file keeps each line whole, for grep and editors). Each colour function
 * returns its text unchanged when colour is off.
 *
 * @example
 * const style = terminalStyle({ write: () => {}, isTTY: true, columns: 100 }, {});
 * style.red("invalide") //=> "\u001b[31minvalide\u001b[39m"
 */
export interface TerminalStyle {
  readonly color: boolean;
  readonly width: number | undefined;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const set = (value: string | undefined): boolean => value !== undefined && value !== "";

/**
 * Whether to colour what goes to `stream`, as Node's own `hasColors` decides: `FORCE_COLOR`
 * first (`0` or `false` turn colour off, any other value on, even in a pipe), then `NO_COLOR`
 * (any non-empty value turns it off), then `TERM=dumb` (off), else on a terminal only.
 *
 * @example
 * wantsColor({ write: () => {}, isTTY: true }, { NO_COLOR: "1" }) //=> false
 * wantsColor({ write: () => {}, isTTY: false }, { FORCE_COLOR: "1" }) //=> true
 */
export function wantsColor(stream: CliStream, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === "0" || force.toLowerCase() === "false");
  if (set(env.NO_COLOR)) return false;
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

const paint = (on: boolean, open: number, close: number) => (text: string) => (on && text !== "" ? `\u001b[${open}m${text}\u001b[${close}m` : text);

/**
 * The {@link TerminalStyle} of a stream: colour per {@link wantsColor}, width its `columns` on a
 * terminal (at least 40).
 *
 * @example
 * terminalStyle({ write: () => {}, isTTY: false }, {}).width //=> undefined
 */
export function terminalStyle(stream: CliStream, env: Readonly<Record<string, string | undefined>>): TerminalStyle {
  const color = wantsColor(stream, env);
  const width = stream.isTTY === true ? Math.max(40, stream.columns ?? 80) : undefined;
  return Object.freeze({
    color,
    width,
    bold: paint(color, 1, 22),
    dim: paint(color, 2, 22),
    red: paint(color, 31, 39),
    yellow: paint(color, 33, 39),
    green: paint(color, 32, 39),
    cyan: paint(color, 36, 39),
  });
}

/**
 * The width a text takes on screen: code points, less the colour escapes.
 *
 * @example
 * visibleWidth("\u001b[31mé\u001b[39m") //=> 1
 */
export function visibleWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\u001b\[[0-9;]*m/g, "")].length;
}
