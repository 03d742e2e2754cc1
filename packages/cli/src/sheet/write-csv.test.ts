import { financialAnnexSpreadsheet, parseContract, SpreadsheetSchema, type Spreadsheet } from "@pacte/contract";
import { creuseInput } from "@pacte/contract/samples";
import { describe, expect, it } from "vitest";
import { spreadsheetToCsv } from "./write-csv";

const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

describe("spreadsheetToCsv", () => {
  const s: Spreadsheet = SpreadsheetSchema.parse({
    title: "t",
    createdAt: "2024-07-05",
    sheets: [
      { name: "Un", columns: [{ width: 1 }, { width: 1 }, { width: 1 }], rows: [[{ kind: "text", text: "Nom; avec « ; »" }, { kind: "amount", cents: 123456 }, { kind: "date", date: "2024-07-05" }], [{ kind: "percent", percent: 12.5 }, { kind: "sum", of: [{ from: { row: 1, column: 2 } }], cents: 5 }, { kind: "number", value: 2024 }]] },
      { name: "Deux", columns: [{ width: 1 }], rows: [[{ kind: "text", text: 'dit "oui"' }]] },
    ],
  });

  it("writes what French spreadsheets read: BOM, « ; », CRLF, decimal commas, dates JJ/MM/AAAA, quotes where needed, sheets one after the other", () => {
    const text = decode(spreadsheetToCsv(s));
    expect(text).toBe('\ufeff"Nom; avec « ; »";1234,56;05/07/2024\r\n12,5 %;0,05;2024\r\n\r\n"dit ""oui"""\r\n');
    expect(decode(spreadsheetToCsv(s, { sheets: "first" }))).toBe('\ufeff"Nom; avec « ; »";1234,56;05/07/2024\r\n12,5 %;0,05;2024\r\n');
  });

  it("gives the financial annex's rows with their values", () => {
    const lines = decode(spreadsheetToCsv(financialAnnexSpreadsheet(parseContract(creuseInput())))).split("\r\n");
    expect(lines[3]).toBe("Axe;Code action;Intitulé;Année;État;Département;Autres partenaires;Total");
    expect(lines).toContain("1;A1.1;Accueil des jeunes enfants en situation de pauvreté;2024;40000,00;40000,00;10000,00;90000,00");
    expect(lines.find((l) => l.startsWith("Total général"))).toBe("Total général;;;;1888000,00;1888000,00;120000,00;3896000,00");
  });
});
