import { visibleWidth } from "./terminal-style";

/**
 * Wraps one line at word boundaries to `width` columns; the lines after the first start with
 * `indent` spaces. A word longer than the room is never cut: it gets a line of its own (a path
 * or a URL stays whole, so it can still be clicked). Without a width, the line is returned as it
 * is. Colour escapes take no room.
 *
 * @example
 * wrapText("un deux trois quatre", 10, 2) //=> "un deux\n  trois\n  quatre"
 * wrapText("un deux", undefined) //=> "un deux"
 */
export function wrapText(line: string, width: number | undefined, indent = 0): string {
  if (width === undefined || visibleWidth(line) <= width) return line;
  const pad = " ".repeat(Math.max(0, Math.min(indent, Math.floor(width / 2))));
  const lead = /^ */.exec(line)?.[0] ?? "";
  const words = line.slice(lead.length).split(" ");
  const out: string[] = [];
  let current = lead;
  let currentWidth = visibleWidth(lead);
  let empty = true;
  for (const word of words) {
    const w = visibleWidth(word);
    if (!empty && currentWidth + 1 + w > width) {
      out.push(current);
      current = pad + word;
      currentWidth = pad.length + w;
      continue;
    }
    current += empty ? word : ` ${word}`;
    currentWidth += empty ? w : 1 + w;
    empty = false;
  }
  out.push(current);
  return out.join("\n");
}
