import { describe, expect, it } from "vitest";
import type { Inline } from "../inline";
import { frenchSuperscripts } from "./french-superscripts";

const t = (text: string, extra: object = {}): Inline => ({ type: "text", text, ...extra });
const shown = (content: readonly Inline[]) => content.map((i) => (i.type === "text" ? (i.superscript ? `^${i.text}` : i.text) : "")).join("|");

describe("frenchSuperscripts", () => {
  it.each([
    ["le 1er janvier", "le 1|^er| janvier"],
    ["la 1re et la 2e année, le 2nd", "la 1|^re| et la 2|^e| année, le 2|^nd"],
    ["les 3es rencontres", "les 3|^es| rencontres"],
    ["Mme Martin, Mlle Petit, Mmes et Mlles", "M|^me| Martin, M|^lle| Petit, M|^mes| et M|^lles"],
    ["avenant n° 2, N° 5", "avenant n|^o| 2, N|^o| 5"],
  ])("%j", (input, expected) => {
    expect(shown(frenchSuperscripts([t(input)]))).toBe(expected);
  });

  it.each(["1 234", "A1er", "le 1erement", "Mmeuh", "CLS-23-2024-001", "https://x.fr/1er", "2e5x", "Moi"])("leaves %j alone", (input) => {
    expect(frenchSuperscripts([t(input)])).toEqual([t(input)]);
  });

  it("keeps the run's marks, reaches into links and references, and is idempotent", () => {
    const content: Inline[] = [
      t("le 1er", { bold: true }),
      { type: "link", href: "https://x.fr", children: [{ type: "text", text: "2e avenant" }] },
      { type: "ref", target: "a", children: [{ type: "text", text: "n° 3" }] },
      { type: "lineBreak" },
    ];
    const once = frenchSuperscripts(content);
    expect(once[0]).toEqual(t("le 1", { bold: true }));
    expect(once[1]).toEqual(t("er", { bold: true, superscript: true }));
    expect(once[2]).toEqual({ type: "link", href: "https://x.fr", children: [{ type: "text", text: "2" }, { type: "text", text: "e", superscript: true }, { type: "text", text: " avenant" }] });
    expect(frenchSuperscripts(once)).toEqual(once);
    expect(content[0]).toEqual(t("le 1er", { bold: true }));
  });
});
