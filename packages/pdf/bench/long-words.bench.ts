// `npm run bench`: the cost of hostile text doubles when the text doubles. For each shape of input
// (one word with no break opportunity, soft hyphens everywhere, French syllables hyphenated, one
// soft hyphen at the very end, plain prose), shapes and breaks n and 2n characters, prints the
// CPU time of each and their ratio (≈ 2 when linear; the first implementation was 4 and more),
// then the whole render of a document holding a 100 000-character word (the longest one text may
// be: DOCUMENT_LIMITS.maxTextLength) and the line breaking of a 1 MB word.
import { documentOf, p } from "@pacte/document";
import { bench, describe } from "vitest";
import { renderPdf } from "../src/default-fonts";
import { breakLines } from "../src/layout/break-lines";
import { frenchHyphenation } from "../src/layout/french-hyphenation";
import { plain, testShaper } from "../src/test-support/shaping";

const { shaper } = testShaper();
const SHAPES: ReadonlyArray<readonly [string, (n: number) => string, boolean]> = [
  ["one word, no break opportunity", (n) => "x".repeat(n), false],
  ["one word, a soft hyphen every 2 letters", (n) => "ba\u00AD".repeat(n / 3), false],
  ["one word of French syllables, hyphenated", (n) => "barbarie".repeat(n / 8), true],
  ["one word, one soft hyphen at its end", (n) => `${"x".repeat(n)}\u00ADx`, false],
  ["prose", (n) => "le pacte des solidarités ".repeat(n / 25), true],
];

/** CPU milliseconds to shape and break `text` at 480 pt (median of 3). */
function cost(text: string, hyphenate: boolean): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage();
    const words = shaper.words([{ text, style: plain, path: ["t"] }]);
    breakLines(words, shaper, { width: 480, align: "justify", hyphenate: hyphenate ? frenchHyphenation : null });
    const used = process.cpuUsage(start);
    runs.push((used.user + used.system) / 1000);
  }
  return runs.sort((a, b) => a - b)[1] ?? 0;
}

const N = 250_000;
const lines = ["", `shaping + line breaking, ${N} then ${2 * N} characters (CPU ms, median of 3):`];
for (const [label, make, hyphenate] of SHAPES) {
  cost(make(N / 10), hyphenate); // warm-up
  const once = cost(make(N), hyphenate);
  const twice = cost(make(2 * N), hyphenate);
  lines.push(`  ${label.padEnd(42)} ${once.toFixed(0).padStart(6)} ${twice.toFixed(0).padStart(6)}   ×${(twice / once).toFixed(2)}`);
}
const mb = "x".repeat(1_000_000);
lines.push(`  1 MB word, shaped and broken: ${cost(mb, false).toFixed(0)} ms CPU`);
const longest = documentOf({ meta: { title: "Mot long", createdAt: "2024-03-12" }, body: [p("x".repeat(100_000))] });
await renderPdf(longest);
const start = process.cpuUsage();
const bytes = await renderPdf(longest);
const used = process.cpuUsage(start);
lines.push(`  renderPdf of a 100 000-character word: ${((used.user + used.system) / 1000).toFixed(0)} ms CPU, ${bytes.length} bytes`, "");
console.log(lines.join("\n"));

describe("hostile text", () => {
  bench("renderPdf of a 100 000-character word", async () => void (await renderPdf(longest)), { iterations: 5, time: 0 });
});
