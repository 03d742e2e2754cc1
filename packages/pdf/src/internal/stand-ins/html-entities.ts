/**
 * Stands in for `html-entities` in the built package (see `scripts/stand-ins.ts`). `@cantoo/pdf-lib`
 * imports `encode` from it, with its default options only (XMP metadata, form scripts); that
 * package's entity tables (73 kB minified) would ship in every browser bundle for five characters.
 * `encode(text)` with the defaults (`specialChars`, HTML5 names) replaces `& < > " '` with their
 * named references and leaves every other character as it is; so does this one.
 *
 * @example
 * encode(`Tom & "Jerry's" <b>`) //=> "Tom &amp; &quot;Jerry&apos;s&quot; &lt;b&gt;"
 */
export function encode(text: string | null | undefined): string {
  if (!text) return "";
  return text.replace(SPECIAL, (c) => REFERENCES[c] ?? c);
}

const SPECIAL = /[<>'"&]/g;

const REFERENCES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
