/**
 * A text as echoed back in a message: whole when it has at most `max` characters (code points),
 * otherwise its start and its end around « … », so that a 100 000-character argument does not
 * flood the terminal while both ends of a long path stay readable.
 *
 * @example
 * clipText("contrat.yaml") //=> "contrat.yaml"
 * clipText("a".repeat(300), 11) //=> "aaaaa…aaaaa"
 */
export function clipText(text: string, max = 160): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const keep = Math.max(1, max - 1);
  const head = Math.ceil(keep / 2);
  return `${chars.slice(0, head).join("")}…${chars.slice(chars.length - (keep - head)).join("")}`;
}
