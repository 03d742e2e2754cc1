import { parseContractText, type ContractInput } from "@pacte/contract";
import { describe, expect, it } from "vitest";
import { actionsText, amountStyleOf, replaceActions } from "./actions-text";

const ACTIONS: ContractInput["actions"] = [
  {
    id: "A1.1",
    axis: 1,
    title: "Accueil",
    nature: "new",
    funding: { "2024": { state: 4000000, collectivite: 4000000, others: [{ name: "CAF", amount: 123456 }] } },
  },
];

const CONTRACT = `# Mon contrat, écrit à la main.
reference: CLS-23-2024-001   # la référence

# --- Les actions ---
actions:
  # une vieille action
  - { id: OLD, title: Vieille, nature: new, funding: {} }

# --- La suite ---
governance:
  committee: comité   # gardé
`;

describe("amountStyleOf", () => {
  it.each([
    [{ format: 2 }, "euros"],
    [{ format: 1 }, "cents"],
    [{}, "cents"],
    ["texte", "cents"],
    [null, "cents"],
  ])("%j → %s", (raw, style) => {
    expect(amountStyleOf(raw)).toBe(style);
  });
});

describe("actionsText", () => {
  it("writes amounts in cents with their value in euros beside each, in YAML", () => {
    expect(actionsText(ACTIONS, "yaml", "cents")).toBe(
      [
        "actions:",
        "  - id: A1.1",
        "    axis: 1",
        "    title: Accueil",
        "    nature: new",
        "    funding:",
        '      "2024":',
        "        state: 4000000 # 40 000 €",
        "        collectivite: 4000000 # 40 000 €",
        "        others:",
        "          - name: CAF",
        "            amount: 123456 # 1 234,56 €",
        "",
      ].join("\n"),
    );
  });

  it("writes amounts in euros as `pacte init` writes them (format 2), in YAML or JSON, and reads back to the same cents", () => {
    const yaml = actionsText(ACTIONS, "yaml", "euros");
    expect(yaml.startsWith("format: 2\nactions:\n")).toBe(true);
    expect(yaml).toContain("        state: 40 000 €\n");
    expect(yaml).toContain("            amount: 1 234,56 €\n");
    const json = actionsText(ACTIONS, "json", "euros");
    expect(JSON.parse(json)).toMatchObject({ format: 2, actions: [{ funding: { "2024": { state: "40 000 €" } } }] });
    for (const [text, format] of [[yaml, "yaml"], [json, "json"]] as const) {
      const r = parseContractText(text, { format });
      expect(r.success && (r.data as { actions: unknown }).actions).toEqual(ACTIONS);
    }
  });
});

describe("replaceActions", () => {
  it("changes only the lines of `actions` in a YAML file: every other line and comment stays, byte for byte", () => {
    const out = replaceActions(CONTRACT, "yaml", ACTIONS, "cents");
    const [before, after] = CONTRACT.split(/actions:[\s\S]*?funding: \{\} \}\n/);
    expect(out.startsWith(before ?? "")).toBe(true);
    expect(out.endsWith(after ?? "")).toBe(true);
    expect(out).toContain("# --- Les actions ---\nactions:\n  - id: A1.1\n");
    expect(out).not.toContain("OLD");
    expect(out).toContain("\n\n# --- La suite ---\ngovernance:\n  committee: comité   # gardé\n");
  });

  it("adds `actions` at the end of a file that has none, and writes a JSON file again", () => {
    expect(replaceActions("reference: X\n", "yaml", ACTIONS, "cents").startsWith("reference: X\nactions:\n  - id: A1.1\n")).toBe(true);
    const json = replaceActions('{"format": 2, "reference": "X", "actions": []}', "json", ACTIONS, "euros");
    expect(JSON.parse(json)).toMatchObject({ format: 2, reference: "X", actions: [{ id: "A1.1", funding: { "2024": { collectivite: "40 000 €" } } }] });
  });

  it("writes euros into a format-2 YAML file", () => {
    const out = replaceActions("format: 2\nreference: X\nactions: []\n", "yaml", ACTIONS, "euros");
    expect(out.startsWith("format: 2\nreference: X\nactions:\n")).toBe(true);
    expect(out).toContain("state: 40 000 €");
    expect(out.match(/format: 2/g)).toHaveLength(1);
  });
});
