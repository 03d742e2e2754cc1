import { describe, expect, it } from "vitest";
import { csvToSheetTable } from "./read-csv";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("csvToSheetTable", () => {
  it("reads « ; » as French spreadsheets write it, amounts with decimal commas left as texts, each row with its line", () => {
    const r = csvToSheetTable(bytes("\ufeffCode action;Intitulé;État 2024\r\nA1.1;\"Accueil; garde\";50 000,00 €\r\n\r\nA1.2;\"Deux\nlignes\";1 234,56\r\nA1.3;Fin;\r\n"));
    expect(r.issues).toEqual([]);
    expect(r.table?.rows).toEqual([
      { row: 1, cells: ["Code action", "Intitulé", "État 2024"] },
      { row: 2, cells: ["A1.1", "Accueil; garde", "50 000,00 €"] },
      { row: 3, cells: [""] },
      { row: 4, cells: ["A1.2", "Deux\nlignes", "1 234,56"] },
      { row: 6, cells: ["A1.3", "Fin", ""] },
    ]);
    expect(r.table?.sheet).toBeUndefined();
  });

  it.each([
    [",", 'ref,nom,etat_2024\n23D,"Creuse, la",907000\n'],
    ["tab", "ref\tnom\tetat_2024\n23D\tCreuse, la\t907000\n"],
    [";", "ref;nom;etat_2024\n23D;Creuse, la;907000\n"],
  ])("finds the separator %s from the first line", (_, text) => {
    expect(csvToSheetTable(bytes(text)).table?.rows[1]?.cells).toEqual(["23D", "Creuse, la", "907000"]);
  });

  it("skips comment lines when asked, and only at the start of a line", () => {
    const text = "# montants inventés\nref,nom\n# encore\n23D,Creuse #1\n";
    expect(csvToSheetTable(bytes(text), { comment: "#" }).table?.rows).toEqual([
      { row: 2, cells: ["ref", "nom"] },
      { row: 4, cells: ["23D", "Creuse #1"] },
    ]);
    expect(csvToSheetTable(bytes(text)).table?.rows[0]?.cells).toEqual(["# montants inventés"]);
  });

  it("refuses a file that is not UTF-8, saying how to save it", () => {
    const latin1 = new Uint8Array([0x43, 0x6f, 0x64, 0x65, 0x3b, 0xc9, 0x74, 0x61, 0x74, 0x0a]); // "Code;État" in Windows-1252
    const r = csvToSheetTable(latin1);
    expect(r.table).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([
      ["sheet.encoding", "Le fichier CSV n’est pas en UTF-8 ; dans le tableur, enregistrez-le au format « CSV UTF-8 (délimité par des virgules) », ou enregistrez le classeur en .xlsx."],
    ]);
  });

  it("refuses a broken quote at its line, in French or English", () => {
    const text = 'Code action;Intitulé\nA1;ok\nA2;"jamais fermé\nA3;x\n';
    expect(csvToSheetTable(bytes(text)).issues.map((i) => i.message)).toEqual([
      "Ligne 4 illisible : un guillemet ouvert n’est jamais fermé ; vérifiez les guillemets de cette ligne (un texte qui contient « ; » s’écrit entre guillemets).",
    ]);
    expect(csvToSheetTable(bytes('a;b\nA1;"x"y\n'), { lang: "en" }).issues.map((i) => [i.code, i.params.line])).toEqual([["sheet.csv_syntax", 2]]);
  });
});
