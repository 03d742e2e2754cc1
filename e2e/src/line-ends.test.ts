// Nothing French typography keeps together is broken across a line end, in what a reader sees:
// the demo, the examples (the Métropole's contract, the avenant and the consolidated contract,
// the execution report) and a contract of each profile, as our PDF draws them and as LibreOffice
// lays out their DOCX, read back with `pdftotext -bbox`.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contractToDocument, parseContract } from "@pacte/contract";
import { bordeauxInput, calpaeInput, creuseInput } from "@pacte/contract/samples";
import type { Document } from "@pacte/document";
import { renderDocx } from "@pacte/docx";
import { renderPdf } from "@pacte/pdf";
import { afterAll, describe, expect, it } from "vitest";
import { example, shippedDocuments } from "./contracts";
import { breakProblem, brokenAcrossLines, lineEnds } from "./line-ends";
import { pdfWords } from "./pdf-words";
import { CAN_COMPARE, SKIP_REASON, convertWithLibreOffice, hasTool } from "./same-words";

const work = mkdtempSync(join(tmpdir(), "pacte-line-ends-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** Communes of the Creuse with an article or hyphens, as a territory lists them. */
const CREUSE_COMMUNES = ["La Souterraine", "Le Grand-Bourg", "Saint-Vaury", "Évaux-les-Bains", "Chambon-sur-Voueize", "La Courtine", "Saint-Sulpice-le-Guérétois", "Le Donzeil", "Les Mars"];

/** The demo's contract with every action's territory a list of such communes, each at another place in its line. */
function communesContract(): Document {
  const input = creuseInput();
  input.actions.forEach((a, k) => {
    a.territory = [...CREUSE_COMMUNES.slice(k % CREUSE_COMMUNES.length), ...CREUSE_COMMUNES.slice(0, k % CREUSE_COMMUNES.length)].join(", ");
  });
  return contractToDocument(parseContract(input));
}

/** A proper place name: capitalised words, with particles between them (« La Souterraine », « Bassins de Guéret »). */
const PROPER = /^\p{Lu}[\p{L}’'\-\u2011]*(?:\s+(?:(?:de|du|des|la|le|les|en|sur|sous|lès|d’|l’)\s*)*\p{Lu}[\p{L}’'\-\u2011]*)+$/u;

/** The multi-word place names the inputs list (territories, places of signature). */
function listedPlaces(): string[] {
  const inputs: unknown[] = [creuseInput(), bordeauxInput(), calpaeInput(), example("contrat-departement/contrat.yaml"), example("contrat-metropole/contrat.yaml")];
  const texts = inputs.flatMap((input) => {
    const i = input as { signature?: { place?: string }; actions?: { territory?: string }[] };
    return [i.signature?.place ?? "", ...(i.actions ?? []).map((a) => a.territory ?? "")];
  });
  const places = [...texts, ...CREUSE_COMMUNES].flatMap((t) => t.split(/,|\bet\b/u)).map((p) => p.trim()).filter((p) => PROPER.test(p));
  return [...new Set(places)].sort();
}

const documents = (): { readonly name: string; readonly document: Document }[] => [...shippedDocuments(), { name: "communes", document: communesContract() }];

describe("line ends", () => {
  it("finds a date, a reference, an amount and a place cut at a line end, and nothing in sound text", () => {
    const at = (before: string, after: string) => breakProblem({ page: 0, before, after }, ["La Souterraine"]);
    expect([at("1er", "janvier"), at("décembre", "2023."), at("article", "5"), at("(annexe", "2)"), at("n°", "2024-12"), at("10", "000,00"), at("250", "€"), at("Saint-Martin-", "d’Hères"), at("La", "Souterraine,")]).toEqual([
      "page 1 : date coupée « 1er | janvier »",
      "page 1 : date coupée « décembre | 2023. »",
      "page 1 : référence coupée « article | 5 »",
      "page 1 : référence coupée « (annexe | 2) »",
      "page 1 : référence coupée « n° | 2024-12 »",
      "page 1 : montant coupé « 10 | 000,00 »",
      "page 1 : montant coupé « 250 | € »",
      "page 1 : lieu coupé « Saint-Martin- | d’Hères »",
      "page 1 : lieu coupé « La | Souterraine, »",
    ]);
    expect([at("le", "5"), at("en", "2024"), at("Île-de-", "France"), at("mairie", "de"), at("2024", "2025"), at("10", "ans")]).toEqual([undefined, undefined, "page 1 : lieu coupé « Île-de- | France »", undefined, undefined, undefined]);
  });

  it("are found where the next word is lower and further left, not between cells of one row", () => {
    const w = (text: string, xMin: number, yMin: number) => ({ page: 0, text, xMin, yMin, xMax: xMin + 20, yMax: yMin + 10 });
    expect(lineEnds([w("le", 300, 100), w("5", 50, 112), w("mai", 80, 112), w("2024", 200, 112)])).toEqual([{ page: 0, before: "le", after: "5" }]);
    expect(lineEnds([w("10", 300, 100), w("000,00", 400, 100)])).toEqual([]);
  });

  it("lists the multi-word places of the shipped inputs", () => {
    expect(listedPlaces()).toEqual(expect.arrayContaining(["La Souterraine", "Le Grand-Bourg", "Les Mars"]));
    expect(listedPlaces()).not.toContain("Hauts cantons");
  });

  it.skipIf(!hasTool("pdftotext"))("none is cut in our PDFs", async () => {
    const places = listedPlaces();
    const problems: string[] = [];
    let ends = 0;
    for (const { name, document } of documents()) {
      const path = join(work, `${name}.pdf`);
      writeFileSync(path, await renderPdf(document));
      const words = await pdfWords(path);
      ends += lineEnds(words).length;
      problems.push(...brokenAcrossLines(words, places).map((p) => `${name}, ${p}`));
    }
    expect(problems).toEqual([]);
    // The check looked at real wrapped text.
    expect(ends).toBeGreaterThan(1000);
  });

  it.skipIf(!CAN_COMPARE)(`none is cut in the DOCX as LibreOffice lays them out${CAN_COMPARE ? "" : ` (${SKIP_REASON})`}`, async () => {
    const places = listedPlaces();
    const files = new Map<string, Uint8Array>();
    for (const { name, document } of documents()) files.set(name, await renderDocx(document));
    const problems: string[] = [];
    for (const [name, path] of await convertWithLibreOffice(work, files)) {
      problems.push(...brokenAcrossLines(await pdfWords(path), places).map((p) => `${name} (DOCX), ${p}`));
    }
    expect(problems).toEqual([]);
  });
});
