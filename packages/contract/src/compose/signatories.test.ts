import { readableText } from "../test-support/readable-text";
// One person signs once: the préfet de région who is also the préfet of the département (Paris,
// Lyon, Bordeaux…) has one block, one signature field, in both qualities.
import { type Block } from "@pacte/document";
import { describe, expect, it } from "vitest";
import type { ContractInput } from "../input";
import { creuseInput } from "../test-support/fixtures";
import { variant } from "../test-support/rule-context";
import { parseContract, validateContract } from "../validate-contract";
import { contractToDocument } from "./contract-to-document";

const flat = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.type === "keepTogether" ? flat(b.blocks) : [b]));
const signatories = (input: ContractInput) => {
  const doc = contractToDocument(parseContract(input));
  const sig = flat(doc.body).find((b) => b.type === "signatures");
  return { doc, list: sig?.type === "signatures" ? sig.signatories : [] };
};

/** A CLS with the Ville de Paris, signed by the préfet de la région d'Île-de-France, préfet de Paris. */
const paris = (): ContractInput =>
  variant(creuseInput, (i) => {
    i.reference = "CLS-75-2024-001";
    i.state = {
      departement: "75",
      prefet: { name: "Marc Leroy", gender: "m" },
      prefetDeRegion: { name: "Marc Leroy", gender: "m", region: "Île-de-France" },
    };
    i.collectivite = {
      ref: "75C",
      executive: { name: "Sophie Bernard", gender: "f" },
      deliberation: { number: "2024 DSOL 12", date: "2024-05-21", body: "Conseil de Paris" },
    };
    i.signature = { place: "Paris", date: "2024-07-05" };
  });

describe("the signatories of a contract", () => {
  it("gives the Paris contract exactly two signature fields when the préfet de région signs as préfet de Paris", () => {
    const r = validateContract(paris());
    expect(r.success ? [] : r.issues).toEqual([]);
    const { doc, list } = signatories(paris());
    expect(list.map((s) => s.fieldId)).toEqual(["signature-etat", "signature-collectivite"]);
    expect(list.filter((s) => s.name === "Marc Leroy")).toHaveLength(1);
    expect(list[0]?.quality.replace(/\u2011/g, "-")).toMatch(/région d['’]Île-de-France/u);
    const text = readableText(doc).join("\n");
    expect(text.match(/Pour l['’]État/gu)).toHaveLength(1);
    expect(text).toContain("du Conseil de Paris");
  });

  it("keeps a second État block for a préfet de région who is another person", () => {
    const input = variant(creuseInput, (i) => { i.state.prefetDeRegion = { name: "Paul Durand", gender: "m", region: "Nouvelle-Aquitaine" }; });
    expect(signatories(input).list.map((s) => s.fieldId)).toEqual(["signature-etat", "signature-prefet-region", "signature-collectivite"]);
  });

  it("says « Fait à …, le … » once, above the blocks, and in no signatory", () => {
    const { doc, list } = signatories(creuseInput());
    expect(list.every((s) => s.place === undefined && s.date === undefined)).toBe(true);
    expect(readableText(doc).filter((l) => l.startsWith("Fait à"))).toEqual(["Fait à Guéret, le 5 juillet 2024, en deux exemplaires originaux."]);
  });

  it("mentions an electronic signature instead of the originals when the input asks for one", () => {
    const { doc } = signatories(variant(creuseInput, (i) => { i.signature = { ...i.signature, mode: "electronic" }; }));
    const text = readableText(doc).join("\n");
    expect(text).toContain("Le présent contrat est signé électroniquement par les parties");
    expect(text).not.toContain("exemplaires originaux");
    expect(text).toContain("entre en vigueur à la date de la dernière des signatures électroniques");
  });
});
