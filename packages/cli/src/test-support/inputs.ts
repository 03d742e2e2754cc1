// Contract inputs for the command's tests, as YAML and JSON text.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { bordeauxInput, creuseInput } from "@pacte/contract/samples";

export { bordeauxInput, creuseInput };

/** The Creuse contract (valid, no warnings) as YAML. */
export function creuseYaml(change?: (input: ReturnType<typeof creuseInput>) => void): string {
  const input = creuseInput();
  change?.(input);
  return stringify(input);
}

/** Writes files into `dir` and returns their names. */
export function writeFiles(dir: string, files: Readonly<Record<string, string | Uint8Array>>): string[] {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return Object.keys(files);
}

/**
 * The Creuse contract with three problems at once: a YAML syntax error (a list of publics whose
 * « ] » is missing), an unknown collectivity, and an action whose State amount differs from the
 * collectivity's in 2025 (parity). Line numbers: see the test.
 */
export function threeProblemsYaml(): string {
  const text = creuseYaml((input) => {
    input.collectivite.ref = "Creusse";
    const a = input.actions[1];
    if (a !== undefined) {
      const y = a.funding["2025"];
      if (y !== undefined) a.funding["2025"] = { ...y, state: y.state + 500000 };
    }
  });
  // The priorities, written as a one-line list whose closing bracket is forgotten.
  const broken = text.replace(
    /priorities:\n\s+- Agir dès la petite enfance\n\s+- Garantir l’accès aux droits sur tout le territoire\n/,
    "priorities: [Agir dès la petite enfance, Garantir l’accès aux droits sur tout le territoire\n",
  );
  if (broken === text) throw new Error("threeProblemsYaml: the fixture changed, update the replacement");
  return broken;
}

/** A small valid contract (three actions) for the collectivity `code`, as `pacte init` writes it, its texts to fill in filled. */
export async function smallYaml(code: string): Promise<string> {
  const { getProfile, initDates } = await import("@pacte/contract");
  const { initYaml, resolveInitParty } = await import("../output/init-template");
  const profile = getProfile("cls-departement-2024");
  if (profile === undefined) throw new Error("profile");
  // The template's texts to fill in, filled as a person would (a final version refuses them).
  return initYaml(profile, resolveInitParty(profile, code, initDates(profile).signature))
    .replace(/name: Prénom Nom/g, "name: Claire Martin")
    .replace(/number: à compléter/g, "number: CP-2024-06-03")
    .replace(/territory: à compléter/g, "territory: tout le département");
}

/**
 * A valid contract large enough that rendering it takes many seconds (300 actions, each with a
 * long description), for the tests that interrupt a render.
 */
export function largeYaml(): string {
  return creuseYaml((input) => {
    const base = input.actions;
    const words = "L’action accompagne les personnes éloignées de l’emploi vers une insertion durable, avec un suivi renforcé. ";
    input.actions = Array.from({ length: 300 }, (_, k) => {
      const a = structuredClone(base[k % base.length]);
      if (a === undefined) throw new Error("largeYaml: no action");
      for (const y of Object.keys(a.funding)) {
        const f = a.funding[y];
        if (f !== undefined) a.funding[y] = { ...f, state: 100_000, collectivite: 100_000 };
      }
      return { ...a, id: `A${a.axis}.${k + 1}`, description: words.repeat(40) };
    });
  });
}

/**
 * A YAML text of about `megabytes` MB that is slow to check (many small nested mappings) and is
 * not a contract, for the tests that interrupt a check.
 */
export function heavyYaml(megabytes: number): string {
  const line = (k: number): string => `  - {k${k}: [1, 2, {b: c}]}`;
  const count = Math.ceil((megabytes * 1_000_000) / line(100_000).length);
  return `a:\n${Array.from({ length: count }, (_, k) => line(k)).join("\n")}\n`;
}
