// Hostile input, generated: mutations of a valid contract (lines deleted, repeated, values
// replaced by odd ones, text cut anywhere) and arbitrary text, in YAML and JSON. Whatever the
// input, `validate` and `calendar` answer with issues (exit 0 or 1), never with « erreur interne »
// (exit 3) or a stack. A fixed seed keeps the run the same; FC_SEED=random explores more.
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { creuseInput, creuseYaml } from "../test-support/inputs";
import { run, tempDirs } from "../test-support/run";

const fresh = tempDirs();
const seed = process.env.FC_SEED === "random" ? Date.now() : 1_612_2026;

const ODD_VALUES = [
  ".inf", "-.inf", ".nan", "~", "null", "1e400", "-0", "0x1F", "99999999999999999999", "9007199254740993",
  "!!str 3", "!!binary aGk=", "&a x", "*a", "[", "{", "'", '"', "|", ">", "? [a, b]", "<<: *a",
  "2025-02-30", "02-30", "13-45", "00-00", "2024-02-29", "1900-01-01", "9999-12-31",
  "\u202eCAF", "a\tb", "a\u2028b", "\ud800", "Nguyễn Thị Lộc", "∞", "e\u0302\u0301", "", " ", "[]", "{}",
  "x".repeat(5000),
];

const lines = creuseYaml().split("\n");

type Edit = { readonly kind: "delete" | "repeat"; readonly at: number } | { readonly kind: "value"; readonly at: number; readonly value: string } | { readonly kind: "cut"; readonly at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(lines.length - 1) }),
  fc.record({ kind: fc.constant("repeat" as const), at: fc.nat(lines.length - 1) }),
  fc.record({ kind: fc.constant("value" as const), at: fc.nat(lines.length - 1), value: fc.oneof(fc.constantFrom(...ODD_VALUES), fc.string({ unit: "binary", maxLength: 40 })) }),
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat(100_000) }),
);

function applyEdits(edits: readonly Edit[]): string {
  let out = [...lines];
  for (const e of edits) {
    const at = Math.min(e.at, Math.max(0, out.length - 1));
    switch (e.kind) {
      case "delete":
        out.splice(at, 1);
        break;
      case "repeat":
        out.splice(at, 0, out[at] ?? "");
        break;
      case "value": {
        const line = out[at] ?? "";
        const colon = line.indexOf(": ");
        out[at] = colon >= 0 ? `${line.slice(0, colon + 2)}${e.value}` : line.replace(/^(\s*- ).*/, `$1${e.value}`);
        break;
      }
      case "cut": {
        const text = out.join("\n");
        out = text.slice(0, e.at % (text.length + 1)).split("\n");
        break;
      }
      default: {
        const never: never = e;
        throw new Error(`édition inconnue : ${JSON.stringify(never)}`);
      }
    }
  }
  return out.join("\n");
}

/** JSON of the sample with one value, found by its path, replaced by an odd one. */
function jsonWith(path: readonly (string | number)[], value: unknown): string {
  const input = creuseInput() as unknown as Record<string, unknown>;
  let node: unknown = input;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown> | undefined)?.[key];
  if (node !== null && typeof node === "object") (node as Record<string | number, unknown>)[path[path.length - 1] ?? ""] = value;
  return JSON.stringify(input);
}

async function expectAnswered(dir: string, name: string, text: string, lang: "fr" | "en"): Promise<void> {
  writeFileSync(join(dir, name), text);
  const validate = await run(dir, ["validate", name, "--lang", lang]);
  expect([validate.code, validate.stderr]).toEqual([validate.code === 0 ? 0 : 1, ""]);
  if (validate.code === 0) {
    // A valid contract has a calendar; its warnings, if any, go to stderr as lines of issues.
    const calendar = await run(dir, ["calendar", name, "--out", "echeances.ics", "--force", "--lang", lang]);
    expect([calendar.code, calendar.stderr]).toEqual([0, expect.not.stringMatching(/erreur interne|internal error|\n\s+at /)]);
  }
}

describe("hostile input, generated", { timeout: 240_000 }, () => {
  it("a valid contract edited at random (YAML): issues or success, never an internal error", async () => {
    const dir = fresh();
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.constantFrom("fr" as const, "en" as const), async (edits, lang) => {
        await expectAnswered(dir, "c.yaml", applyEdits(edits), lang);
      }),
      { seed, numRuns: 120 },
    );
  });

  it("odd values anywhere in the JSON: issues or success, never an internal error", async () => {
    const dir = fresh();
    const paths: (string | number)[][] = [
      ["reference"], ["title"], ["signature", "date"], ["signature", "place"], ["period", "start"], ["period", "end"],
      ["stateAnnualCeiling"], ["actions", 0, "title"], ["actions", 0, "axis"], ["actions", 0, "funding"], ["actions"], ["collectivite"], ["state"],
      ["reporting", "reportDue"], ["payment"], ["governance"], ["options"], ["profile"],
    ];
    const odd = fc.oneof(
      fc.constantFrom<unknown>(null, true, 0, -1, 1e308, -1e-308, 2 ** 53 + 1, "", [], {}, [[[]]], "2025-02-30", "13-45", "\u202e", "x".repeat(3000)),
      fc.jsonValue({ maxDepth: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), odd, async (path, value) => {
        await expectAnswered(dir, "c.json", jsonWith(path, value), "fr");
      }),
      { seed, numRuns: 120 },
    );
  });

  it("arbitrary text as YAML and as JSON: issues, never an internal error", async () => {
    const dir = fresh();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 300 }), fc.constantFrom("a.yaml", "a.json"), async (text, name) => {
        await expectAnswered(dir, name, text, "fr");
      }),
      { seed, numRuns: 150 },
    );
  });
});
