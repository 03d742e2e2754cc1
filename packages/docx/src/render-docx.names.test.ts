// The DOCX says what the PDF says about names: the same names written, the same characters refused
// with the same issue codes (validateDocument decides for both).
import { documentOf, p, signatures, type Document } from "@pacte/document";
import { PacteError } from "@pacte/issues";
import { strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./render-docx";
import { parseXml, textOf, unzipDocx } from "./test-support/read-docx";

const NAMES = ["Nguyễn Thị Lộc", "Ἀλέξανδρος", "Дмитрий"];
const withSignatory = (name: string, place = "Guéret"): Document =>
  documentOf({
    meta: { title: "Contrat local des solidarités", createdAt: "2024-03-12" },
    body: [
      p(`Représentants : ${NAMES[1]} et ${NAMES[2]} ; engagement sans limite de durée : ∞.`),
      signatures({ role: "Pour l’État", quality: "La préfète de la Creuse", name, place, date: "2024-03-12", fieldId: "signature-etat" }),
    ],
  });

async function codesOf(doc: Document): Promise<string[]> {
  const e = await renderDocx(doc).catch((x: unknown) => x);
  return PacteError.is(e) ? e.issues.map((i) => `${i.code} ${i.path.join(".")}`) : [];
}

describe("renderDocx: names as people write them", () => {
  it("writes Vietnamese, Greek and Cyrillic names and ∞", async () => {
    const bytes = await renderDocx(withSignatory(NAMES[0] ?? ""));
    const xml = strFromU8(unzipDocx(bytes)["word/document.xml"] ?? new Uint8Array());
    const text = textOf(parseXml(xml)).normalize("NFC");
    for (const name of [...NAMES, "∞"]) expect(text).toContain(name);
  });

  it("refuses an Arabic name with the code the PDF refuses it with", async () => {
    expect(await codesOf(withSignatory("محمد"))).toEqual(["document.unsupported_character body.1.signatories.0.name"]);
  });

  it("refuses a right-to-left override in a place, which LibreOffice would honour (reversed dates), as the PDF does", async () => {
    expect(await codesOf(withSignatory("Anne Martin", "Guéret\u202E"))).toEqual(["document.invisible_character body.1.signatories.0.place"]);
  });
});
