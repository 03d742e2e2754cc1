// The API reference (`npm run docs`, one TypeDoc site) groups each package's exports by the
// sections of its hand-written index (« // Territories », « // Money »): every export must fall
// in a named section, or the reference would list it under a catch-all.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apiCategories, sectionTitle } from "../../../scripts/typedoc-categories.mjs";

const index = (name: string): string => readFileSync(new URL(`../../../packages/${name}/src/index.ts`, import.meta.url), "utf8");

describe("the API reference's categories", () => {
  it("are the words of a section comment before its explanation", () => {
    expect(sectionTitle("Limits (each enforced by validateDocument with its issue code)")).toBe("Limits");
    expect(sectionTitle("The one error model lives in @pacte/issues; its core is re-exported for convenience.")).toBe("Issues");
    expect(sectionTitle("Text: YAML or JSON read into an input, with located issues")).toBe("Text");
    expect(sectionTitle("The prepared document: what both renderers draw, decided once")).toBe("Prepared document");
  });

  it("give each export the section it is exported in, names before the first section the package's first category", () => {
    const source = '// The public surface.\n\nexport { a, type B } from "./a";\n\n// Money\nexport {\n  formatEuros,\n  type Cents as Centimes,\n} from "./money";\nexport { c } from "./c";\n';
    expect([...apiCategories(source, "Model")]).toEqual([
      ["a", "Model"],
      ["B", "Model"],
      ["formatEuros", "Money"],
      ["Centimes", "Money"],
      ["c", "Money"],
    ]);
  });

  it.each(["model", "contract", "execution"])("put every export of @pacte/%s in a named section", (name) => {
    const categories = apiCategories(index(name), "(none)");
    expect(categories.size).toBeGreaterThan(20);
    expect([...categories].filter(([, c]) => c === "(none)").map(([n]) => n)).toEqual([]);
  });

  it("name the model's themes: the Pacte, territories, identifiers, money, dates", () => {
    expect(new Set(apiCategories(index("model")).values())).toEqual(new Set(["Issues", "Pacte", "Territories", "Identifiers", "Money", "Dates and periods", "JSON Schema"]));
    expect(apiCategories(index("model")).get("isValidSiren")).toBe("Identifiers");
    expect(apiCategories(index("model")).get("formatEuros") ?? apiCategories(index("model")).get("splitCents")).toBe("Money");
  });
});
