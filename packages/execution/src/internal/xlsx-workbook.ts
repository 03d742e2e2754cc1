// A minimal, deterministic XLSX (Office Open XML SpreadsheetML) writer: sheets of text and
// numbers, a bold header row, money cells in euros with a number format, frozen header. Just what
// the consolidation needs to be opened and pivoted in Excel or LibreOffice; no formulas, no
// shared strings (inline strings), fixed timestamps in the zip so the same data gives the same
// bytes.
import { strToU8, zipSync, type Zippable } from "fflate";
import { zipWithFixedTime } from "./zip-fixed-time";
import { columnLetter } from "@pacte/contract";

/** A cell: text, a plain number, or an amount of integer cents shown in euros. */
export type XlsxCell = string | number | { readonly cents: number };

/** One sheet: its name (31 characters at most, no `[]:*?/\`), a header row and the data rows. */
export interface XlsxSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly XlsxCell[])[];
}

const escape = (s: string): string =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 forbids (C0 controls but tab, LF, CR).
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

/** Integer cents as an exact decimal text of euros: 4125050 → « 41250.50 ». */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

// Styles: 0 default, 1 bold (header), 2 euros.
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function cell(value: XlsxCell, ref: string, header: boolean): string {
  if (typeof value === "string") return `<c r="${ref}" t="inlineStr"${header ? ' s="1"' : ""}><is><t xml:space="preserve">${escape(value)}</t></is></c>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}"/>`;
  return `<c r="${ref}" s="2"><v>${centsToDecimal(value.cents)}</v></c>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const rows = [sheet.header, ...sheet.rows].map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, `${columnLetter(c + 1)}${r + 1}`, r === 0)).join("")}</row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

/** The XLSX bytes of `sheets`. The zip's timestamps are fixed (1980-01-01 00:00), whatever the clock and the time zone. */
export function xlsxWorkbook(sheets: readonly XlsxSheet[]): Uint8Array {
  const names = sheets.map((s, k) => escape(s.name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || `Feuille ${k + 1}`));
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, k) => `<Override PartName="/xl/worksheets/sheet${k + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((n, k) => `<sheet name="${n}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, k) => `<Relationship Id="rId${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`).join("")}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": STYLES,
    ...Object.fromEntries(sheets.map((s, k) => [`xl/worksheets/sheet${k + 1}.xml`, sheetXml(s)])),
  };
  // The mtime only keeps fflate away from the clock; zipWithFixedTime then sets the stamps.
  const zippable: Zippable = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime: Date.UTC(1980, 0, 2) }]]));
  return zipWithFixedTime(zipSync(zippable, { level: 6 }));
}
