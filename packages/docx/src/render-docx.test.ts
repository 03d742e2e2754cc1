import type { Document } from "@pacte/document";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "./render-docx";
import { child, childrenNamed, findAll, malformedParts, parseXml, textOf, unzipDocx, type El, type XmlNode } from "./test-support/read-docx";
import { sampleDocument } from "./test-support/sample-document";

/** No-break spaces read as spaces: the prepared document joins dates, references and amounts with them. */
const spaced = (t: string): string => t.replace(/[\u00A0\u202F]/g, " ");

type Parts = Record<string, XmlNode[]> & { raw: Record<string, Uint8Array> };

async function render(doc: Document, options?: Parameters<typeof renderDocx>[1]): Promise<Parts> {
  const bytes = await renderDocx(doc, options);
  const raw = unzipDocx(bytes);
  const parts: Record<string, XmlNode[]> = {};
  for (const [path, data] of Object.entries(raw)) if (/\.(xml|rels)$/.test(path)) parts[path] = parseXml(strFromU8(data));
  return Object.assign(parts, { raw });
}

const attr = (el: El | undefined, name: string) => el?.attrs[`@_${name}`];
const pStyle = (p: El) => attr(child(child(p, "w:pPr"), "w:pStyle"), "w:val");
const body = (parts: Parts) => findAll(parts["word/document.xml"]!, "w:body")[0]!;
const paragraphsWithStyle = (parts: Parts, style: string) => findAll(body(parts).children, "w:p").filter((p) => pStyle(p) === style);
const styleById = (parts: Parts, id: string) => findAll(parts["word/styles.xml"]!, "w:style").find((s) => attr(s, "w:styleId") === id);

const minimal = (body: Document["body"], meta: Partial<Document["meta"]> = {}): Document => ({
  meta: { title: "Essai", createdAt: "2024-01-15", ...meta },
  body,
});

let sample: Parts;
beforeAll(async () => {
  sample = await render(sampleDocument);
});

describe("renderDocx: package", () => {
  it("writes a zip whose XML parts are all well-formed", async () => {
    const bytes = await renderDocx(sampleDocument);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    expect(malformedParts(bytes)).toEqual({});
    expect(Object.keys(unzipDocx(bytes))).toEqual(expect.arrayContaining(["word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml", "docProps/custom.xml"]));
  });

  it("dates every zip entry from the metadata, in UTC (2024-03-14 16:45:10)", async () => {
    const bytes = await renderDocx(sampleDocument);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const stamps = new Set<string>();
    for (let i = 0; i + 4 < bytes.length; i++) {
      if (view.getUint32(i, true) === 0x04034b50) stamps.add(`${view.getUint16(i + 12, true)}/${view.getUint16(i + 10, true)}`);
    }
    const date = ((2024 - 1980) << 9) | (3 << 5) | 14;
    const time = (16 << 11) | (45 << 5) | 5;
    expect([...stamps]).toEqual([`${date}/${time}`]);
  });

  it("uses no Node-only API, clock or randomness in its sources", () => {
    const root = fileURLToPath(new URL(".", import.meta.url));
    const sources = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? (e.name === "test-support" ? [] : sources(join(dir, e.name))) : /(?<!\.test|\.bench)\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const files = sources(".");
    expect(files).toContain("render-docx.ts");
    const forbidden = /from "node:|from "(fs|path|os|stream|buffer|crypto|worker_threads)"|\bBuffer\b|\bprocess\.|Date\.now\(|new Date\(\)|Math\.random/;
    const offenders = files.filter((f) => forbidden.test(readFileSync(join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("runs without Node's Buffer (the browser-safe Uint8Array path)", async () => {
    const g = globalThis as { Buffer?: unknown };
    const saved = g.Buffer;
    delete g.Buffer;
    try {
      const bytes = await renderDocx(sampleDocument);
      expect(bytes).toBeInstanceOf(Uint8Array);
      expect(bytes.length).toBeGreaterThan(1000);
    } finally {
      g.Buffer = saved;
    }
  });
});

describe("renderDocx: styles", () => {
  it.each([
    ["Heading1", "heading 1", "0"],
    ["Heading2", "heading 2", "1"],
    ["Heading3", "heading 3", "2"],
    ["Heading4", "heading 4", "3"],
  ])("defines %s named %s with outline level %s", (id, name, level) => {
    const style = styleById(sample, id);
    expect(attr(child(style, "w:name"), "w:val")).toBe(name);
    expect(attr(child(child(style, "w:pPr"), "w:outlineLvl"), "w:val")).toBe(level);
    expect(child(child(style, "w:pPr"), "w:keepNext")).toBeDefined();
  });

  it("defines the other Word styles the renderer applies", () => {
    for (const id of ["Normal", "Title", "Subtitle", "Quote", "ListNumber", "ListBullet", "TOC1", "TOC2", "TOCHeading", "Caption", "Header", "Footer", "Hyperlink", "PacteTable"]) {
      expect(styleById(sample, id), id).toBeDefined();
    }
    expect(attr(styleById(sample, "PacteTable"), "w:type")).toBe("table");
  });

  it("sets the default font, size and language explicitly from the theme", () => {
    const defaults = findAll(sample["word/styles.xml"]!, "w:rPrDefault")[0];
    const fonts = findAll(defaults!.children, "w:rFonts")[0];
    expect(fonts?.attrs).toMatchObject({ "@_w:ascii": "Arial", "@_w:hAnsi": "Arial", "@_w:cs": "Arial", "@_w:eastAsia": "Arial" });
    expect(attr(findAll(defaults!.children, "w:sz")[0], "w:val")).toBe("21");
    expect(attr(findAll(defaults!.children, "w:lang")[0], "w:val")).toBe("fr-FR");
  });

  it("declares Liberation Sans as the metric-compatible alternative of Arial in the font table", () => {
    const fonts = findAll(sample["word/fontTable.xml"]!, "w:font");
    const arial = fonts.find((f) => attr(f, "w:name") === "Arial");
    expect(attr(child(arial, "w:altName"), "w:val")).toBe("Liberation Sans");
    expect(attr(child(arial, "w:panose1"), "w:val")).toBe("020B0604020202020204");
    expect(attr(child(arial, "w:family"), "w:val")).toBe("swiss");
    const liberation = fonts.find((f) => attr(f, "w:name") === "Liberation Sans");
    expect(attr(child(liberation, "w:altName"), "w:val")).toBe("Arial");
  });

  it("follows a theme override", async () => {
    const parts = await render(minimal([{ type: "paragraph", content: [{ type: "text", text: "x" }] }]), {
      theme: { sizes: { body: 12, heading1: 16 }, colors: { heading: "AA0000" }, docxFontFamily: "Liberation Serif", docxFallbackFontFamily: "Times New Roman" },
    });
    const defaults = findAll(parts["word/styles.xml"]!, "w:rPrDefault")[0]!;
    expect(attr(findAll(defaults.children, "w:sz")[0], "w:val")).toBe("24");
    expect(attr(findAll(defaults.children, "w:rFonts")[0], "w:ascii")).toBe("Liberation Serif");
    const h1 = styleById(parts, "Heading1");
    expect(attr(findAll(h1!.children, "w:sz")[0], "w:val")).toBe("32");
    expect(attr(findAll(h1!.children, "w:color")[0], "w:val")).toBe("AA0000");
  });
});

describe("renderDocx: headings, bookmarks and links", () => {
  it("writes headings in Heading 1–4 with label, separator and text", () => {
    const h1 = paragraphsWithStyle(sample, "Heading1").map((p) => spaced(textOf(p.children)));
    expect(h1).toEqual(["Préambule", "Article 1 – Objet", "Article 2 – Engagements financiers", "Article 3 – Signatures"]);
    expect(paragraphsWithStyle(sample, "Heading2").map((p) => textOf(p.children))).toEqual(["1.1 – Axes retenus", "2.1 – Modalités de versement"]);
  });

  it("bookmarks every heading with a name derived from its id, and unique ids", () => {
    const starts = findAll(body(sample).children, "w:bookmarkStart");
    const headingMarks = paragraphsWithStyle(sample, "Heading1").map((p) => attr(child(p, "w:bookmarkStart"), "w:name"));
    expect(headingMarks).toEqual(["preambule", "art_objet", "art_financement", "art_signatures"]);
    const ids = starts.map((s) => attr(s, "w:id"));
    expect(new Set(ids).size).toBe(ids.length);
    const ends = findAll(body(sample).children, "w:bookmarkEnd").map((e) => attr(e, "w:id"));
    expect(ends.sort()).toEqual([...ids].sort());
  });

  it("makes a reference an internal hyperlink to the heading's bookmark, showing its label", () => {
    const links = findAll(body(sample).children, "w:hyperlink").filter((h) => attr(h, "w:anchor") === "art_financement");
    const inText = links.find((l) => textOf(l.children) === "Article\u00A02"); // (the prepared label: no break after « Article »)
    expect(inText).toBeDefined();
  });

  it("makes a link an external hyperlink whose relationship holds the address", () => {
    const link = findAll(body(sample).children, "w:hyperlink").find((h) => attr(h, "r:id"));
    expect(textOf(link!.children)).toBe("Légifrance");
    const rel = findAll(sample["word/_rels/document.xml.rels"]!, "Relationship").find((r) => attr(r, "Id") === attr(link, "r:id"));
    expect(rel?.attrs).toMatchObject({ "@_Target": "https://www.legifrance.gouv.fr", "@_TargetMode": "External" });
  });

  it("percent-encodes what an address may not hold", async () => {
    const parts = await render(minimal([{ type: "paragraph", content: [{ type: "link", href: "https://exemple.fr/é/«x»?q=<1>|{}%zz%41", children: [{ type: "text", text: "x" }] }] }]));
    const rel = findAll(parts["word/_rels/document.xml.rels"]!, "Relationship").find((r) => attr(r, "TargetMode") === "External");
    expect(attr(rel, "Target")).toBe("https://exemple.fr/%C3%A9/%C2%ABx%C2%BB?q=%3C1%3E%7C%7B%7D%25zz%41");
  });
});

describe("renderDocx: table of contents", () => {
  const sdt = () => findAll(body(sample).children, "w:sdt")[0]!;

  it("is a Table of Contents content control holding a TOC field", () => {
    expect(attr(findAll(sdt().children, "w:docPartGallery")[0], "w:val")).toBe("Table of Contents");
    const instructions = findAll(sdt().children, "w:instrText").map((i) => textOf([{ "w:t": i.children } as XmlNode]));
    expect(instructions[0]).toBe(' TOC \\o "1-2" \\h \\z \\u ');
  });

  it("has its entries cached: one paragraph per heading up to its level, linked, with a dot leader and a page", () => {
    const entries = findAll(sdt().children, "w:p").filter((p) => /^TOC\d$/.test(pStyle(p) ?? ""));
    expect(entries.map(pStyle)).toEqual(["TOC1", "TOC1", "TOC2", "TOC1", "TOC2", "TOC1"]);
    const anchors = entries.map((p) => attr(findAll(p.children, "w:hyperlink")[0], "w:anchor"));
    expect(anchors).toEqual(["preambule", "art_objet", "art_objet_axes", "art_financement", "art_financement_versement", "art_signatures"]);
    for (const entry of entries) {
      expect(findAll(entry.children, "w:tab").find((t) => attr(t, "w:val") === "right")?.attrs).toMatchObject({ "@_w:leader": "dot" });
      const link = findAll(entry.children, "w:hyperlink")[0]!;
      const instr = findAll(link.children, "w:instrText").map((i) => textOf([{ "w:t": i.children } as XmlNode]));
      expect(instr).toEqual([` PAGEREF ${attr(link, "w:anchor")} \\h `]);
      // The cached page: text after the tab.
      expect(textOf(link.children)).toMatch(/\t\d+$/);
    }
    expect(entries.map((e) => spaced(textOf(findAll(e.children, "w:hyperlink")[0]!.children).split("\t")[0] ?? ""))).toEqual([
      "Préambule",
      "Article 1 – Objet",
      "1.1 – Axes retenus",
      "Article 2 – Engagements financiers",
      "2.1 – Modalités de versement",
      "Article 3 – Signatures",
    ]);
  });

  it("estimates page numbers that grow with the document (page break, heading on a new page)", () => {
    const pages = findAll(sdt().children, "w:hyperlink").map((h) => Number(textOf(h.children).split("\t")[1]));
    expect(pages).toEqual([2, 2, 2, 3, 3, 3]);
  });

  it("opens and closes the field once (begin, separate, end)", () => {
    const types = findAll(sdt().children, "w:fldChar").map((f) => attr(f, "w:fldCharType"));
    expect(types[0]).toBe("begin");
    expect(types.at(-1)).toBe("end");
    expect(types.filter((t) => t === "begin").length).toBe(types.filter((t) => t === "end").length);
  });

  it("leaves headings with toc: false out, and lists none when there are none", async () => {
    const parts = await render(
      minimal([
        { type: "toc", maxLevel: 3 },
        { type: "heading", level: 1, id: "a", text: "Listé" },
        { type: "heading", level: 1, id: "b", text: "Caché", toc: false },
        { type: "heading", level: 4, id: "c", text: "Trop profond" },
      ]),
    );
    const entries = findAll(findAll(body(parts).children, "w:sdt")[0]!.children, "w:hyperlink").map((h) => textOf(h.children).split("\t")[0]);
    expect(entries).toEqual(["Listé"]);
    const outline = paragraphsWithStyle(parts, "Heading1").map((p) => attr(child(child(p, "w:pPr"), "w:outlineLvl"), "w:val"));
    expect(outline).toEqual([undefined, "9"]);
    const empty = await render(minimal([{ type: "toc", title: "Table" }]));
    const sdtEmpty = findAll(body(empty).children, "w:sdt")[0]!;
    expect(findAll(sdtEmpty.children, "w:fldChar").map((f) => attr(f, "w:fldCharType"))).toEqual(["begin", "separate", "end"]);
  });

  it("does not ask Word to update fields on open unless told to", async () => {
    const settings = (p: Parts) => findAll(p["word/settings.xml"]!, "w:updateFields").map((u) => attr(u, "w:val") ?? "true");
    expect(settings(sample)).toEqual(["false"]);
    expect(settings(await render(minimal([]), { updateFieldsOnOpen: true }))).toEqual(["true"]);
  });
});

describe("renderDocx: footer", () => {
  it("writes 'Page X sur Y' with PAGE and NUMPAGES fields, the count cached", () => {
    const footer = sample["word/footer1.xml"]!;
    const instr = findAll(footer, "w:instrText").map((i) => textOf([{ "w:t": i.children } as XmlNode]).trim());
    expect(instr).toEqual(["PAGE", "NUMPAGES"]);
    expect(textOf(footer)).toBe("\tPage  sur 3");
  });

  it("uses the document's own footer and header when given, first page blank when asked", async () => {
    const parts = await render({
      ...minimal([{ type: "paragraph", content: [{ type: "text", text: "x" }] }]),
      header: { left: [{ type: "text", text: "CLS 2024" }], right: [{ type: "text", text: "Confidentiel" }], firstPage: false },
      footer: { right: [{ type: "field", field: "pageNumber" }] },
    });
    expect(textOf(parts["word/header1.xml"]!)).toBe("CLS 2024\t\tConfidentiel");
    const sectPr = findAll(body(parts).children, "w:sectPr")[0]!;
    expect(attr(child(sectPr, "w:titlePg"), "w:val")).not.toBe("false");
    expect(childrenNamed(sectPr, "w:headerReference").map((h) => attr(h, "w:type")).sort()).toEqual(["default", "first"]);
  });
});

describe("renderDocx: tables", () => {
  const table = () => findAll(body(sample).children, "w:tbl")[0]!;
  const rows = () => childrenNamed(table(), "w:tr");

  it("repeats header rows and never splits a row", () => {
    const flags = rows().map((r) => [Boolean(child(child(r, "w:trPr"), "w:tblHeader")), Boolean(child(child(r, "w:trPr"), "w:cantSplit"))]);
    expect(flags).toEqual([[true, true], [false, true], [false, true], [false, true], [false, true], [false, true]]);
  });

  it("sizes columns from the model: fixed points, auto from content, fr sharing the rest", () => {
    const grid = childrenNamed(child(table(), "w:tblGrid"), "w:gridCol").map((g) => Number(attr(g, "w:w")));
    expect(grid[1]).toBe(1600);
    expect(grid[2]).toBe(1600);
    expect(grid.reduce((a, b) => a + b, 0)).toBeCloseTo(9638, -1);
    expect(grid[0]).toBeGreaterThan(grid[3]!);
    expect(attr(child(child(table(), "w:tblPr"), "w:tblStyle"), "w:val")).toBe("PacteTable");
    expect(attr(child(child(table(), "w:tblPr"), "w:tblLayout"), "w:type")).toBe("fixed");
  });

  it("right-aligns numeric columns, spans cells, emphasises totals", () => {
    const cells = (r: El) => childrenNamed(r, "w:tc");
    const jc = (c: El) => attr(findAll(c.children, "w:jc")[0], "w:val");
    expect(cells(rows()[1]!).map(jc)).toEqual(["left", "right", "right", "right"]);
    const spanned = cells(rows()[4]!)[0]!;
    expect(attr(findAll(spanned.children, "w:gridSpan")[0], "w:val")).toBe("3");
    expect(jc(spanned)).toBe("center");
    const total = rows()[5]!;
    for (const c of cells(total)) {
      expect(findAll(c.children, "w:b").length).toBeGreaterThan(0);
      expect(attr(findAll(c.children, "w:shd")[0], "w:fill")).toBe("EFEFEF");
    }
    expect(attr(findAll(cells(rows()[0]!)[0]!.children, "w:shd")[0], "w:fill")).toBe("E3E9F2");
  });

  it("draws borders from the theme, and none when the theme says 0", async () => {
    const borders = child(child(table(), "w:tblPr"), "w:tblBorders");
    expect(child(borders, "w:insideH")?.attrs).toMatchObject({ "@_w:val": "single", "@_w:sz": "4", "@_w:color": "8C8C8C" });
    const parts = await render(minimal([{ type: "table", columns: [{}], header: [], rows: [[{ content: [] }]], totals: [] }]), { theme: { table: { borderWidth: 0 } } });
    const b = child(child(findAll(body(parts).children, "w:tbl")[0], "w:tblPr"), "w:tblBorders");
    expect(attr(child(b, "w:top"), "w:val")).toBe("nil");
  });

  it("puts the caption, in the Caption style kept with the table, before it", () => {
    const children = body(sample).children.map((n) => Object.keys(n)[0]);
    const tableIndex = children.indexOf("w:tbl");
    const before = findAll([body(sample).children[tableIndex - 1]!], "w:p")[0]!;
    expect(pStyle(before)).toBe("Caption");
    expect(spaced(textOf(before.children))).toBe("Tableau 1 – Financement par axe (en euros)");
    expect(child(child(before, "w:pPr"), "w:keepNext")).toBeDefined();
  });

  it("separates two tables in a row so Word does not merge them, and ends the body with a paragraph", async () => {
    const t = { type: "table" as const, columns: [{}], header: [], rows: [[{ content: [{ type: "text" as const, text: "a" }] }]], totals: [] };
    const parts = await render(minimal([t, t]));
    const names = body(parts).children.map((n) => Object.keys(n)[0]);
    expect(names).toEqual(["w:tbl", "w:p", "w:tbl", "w:p", "w:sectPr"]);
  });
});

describe("renderDocx: signatures", () => {
  const sig = () => findAll(body(sample).children, "w:tbl")[1]!;

  it("sets the blocks side by side in a borderless table kept together: one row, one whole block per cell, aligned on their names", () => {
    const rows = childrenNamed(sig(), "w:tr");
    expect(rows).toHaveLength(1);
    expect(rows.map((r) => childrenNamed(r, "w:tc").length)).toEqual([2]);
    expect(rows.every((r) => child(child(r, "w:trPr"), "w:cantSplit"))).toBe(true);
    expect(findAll(sig().children, "w:vAlign").map((v) => attr(v, "w:val"))).toEqual(["bottom", "bottom"]);
    const borders = child(child(sig(), "w:tblPr"), "w:tblBorders");
    expect(childrenNamed(borders, "w:top").concat(childrenNamed(borders, "w:insideV")).map((b) => attr(b, "w:val"))).toEqual(["nil", "nil"]);
    const paragraphs = findAll(sig().children, "w:p");
    expect(paragraphs.slice(0, -1).every((p) => child(child(p, "w:pPr"), "w:keepNext"))).toBe(true);
  });

  it("reads as the PDF does, each signatory's block whole and in document order: role, quality, « Fait à …, le … », the room to sign before the name", () => {
    const cells = childrenNamed(sig(), "w:tr").map((r) => childrenNamed(r, "w:tc").map((c) => childrenNamed(c, "w:p").map((p) => spaced(textOf(p.children)))));
    expect(cells[0]).toEqual([
      ["Pour l’État", "La préfète de la Creuse", "Fait à Guéret, le 12 mars 2024", "Anne Martin"],
      ["Pour le Département", "La présidente du conseil départemental", "Fait à Guéret, le 1er mars 2024", "Claire Dubois"],
    ]);
    // The room to sign is the space before the name (72 pt and the two 4 pt gaps), not an empty paragraph.
    const names = childrenNamed(sig(), "w:tr").flatMap((r) => childrenNamed(r, "w:tc").map((c) => childrenNamed(c, "w:p").at(-1)!));
    expect(names.map((p) => attr(child(child(p, "w:pPr"), "w:spacing"), "w:before"))).toEqual(["1600", "1600"]);
    expect(findAll(sig().children, "w:bookmarkStart").map((b) => attr(b, "w:name"))).toEqual(["Signature_signature_etat", "Signature_signature_departement"]);
  });

  it("sets blocks two by two as the PDF does, a lone signatory on the right", async () => {
    const s = { role: "R", quality: "Q", name: "N", fieldId: "f" };
    const cellsOf = async (n: number) => {
      const parts = await render(minimal([{ type: "signatures", signatories: Array.from({ length: n }, (_, i) => ({ ...s, name: `N${i + 1}`, fieldId: `f${i + 1}` })) }]));
      return childrenNamed(findAll(body(parts).children, "w:tbl")[0], "w:tr").map((r) => childrenNamed(r, "w:tc").map((c) => textOf(c.children)));
    };
    expect(await cellsOf(1)).toEqual([["", "RQN1"]]);
    expect(await cellsOf(3)).toEqual([["RQN1", "RQN2"], ["RQN3", ""]]);
    expect(await cellsOf(4)).toEqual([["RQN1", "RQN2"], ["RQN3", "RQN4"]]);
  });
});

describe("renderDocx: paragraphs, lists and flow", () => {
  it("writes marks, superscript and line breaks", () => {
    const runs = findAll(body(sample).children, "w:r");
    const withText = (t: string) => runs.find((r) => textOf(r.children) === t)!;
    expect(child(child(withText("Pacte des solidarités"), "w:rPr"), "w:b")).toBeDefined();
    expect(child(child(withText("quatre axes"), "w:rPr"), "w:i")).toBeDefined();
    expect(attr(child(child(withText("national"), "w:rPr"), "w:u"), "w:val")).toBe("single");
    expect(attr(child(child(withText("er"), "w:rPr"), "w:vertAlign"), "w:val")).toBe("superscript");
    const p = findAll(body(sample).children, "w:p").find((x) => textOf(x.children).startsWith("Le contrat fixe"));
    expect(spaced(textOf(p!.children))).toBe("Le contrat fixe les engagements réciproques des parties.\nIl couvre la période du 1er janvier 2024 au 31 décembre 2027.");
  });

  it("numbers lists on several levels: 1. a. i. and • – ◦ (as the PDF), restarting each ordered list", () => {
    const abstract = findAll(sample["word/numbering.xml"]!, "w:abstractNum");
    const levels = (a: El) => childrenNamed(a, "w:lvl").slice(0, 4).map((l) => [attr(child(l, "w:numFmt"), "w:val"), attr(child(l, "w:lvlText"), "w:val")]);
    const all = abstract.map(levels);
    expect(all).toContainEqual([["decimal", "%1."], ["lowerLetter", "%2."], ["lowerRoman", "%3."], ["decimal", "%4."]]);
    expect(all).toContainEqual([["bullet", "\u2022"], ["bullet", "\u2013"], ["bullet", "\u25e6"], ["bullet", "\u2022"]]);
    const items = paragraphsWithStyle(sample, "ListNumber").map((p) => [textOf(p.children), attr(findAll(p.children, "w:ilvl")[0], "w:val"), attr(findAll(p.children, "w:numId")[0], "w:val")]);
    expect(items.map(([t, l]) => [t, l])).toEqual([
      ["Prévenir la pauvreté dès l’enfance", "0"],
      ["Accueil du jeune enfant", "1"],
      ["Petits déjeuners à l’école", "1"],
      ["Écoles en réseau d’éducation prioritaire", "2"],
      ["Lutter contre la grande exclusion", "0"],
      ["Construire une transition écologique solidaire", "0"],
    ]);
    expect(new Set(items.map(([, , n]) => n)).size).toBe(3);
    expect(paragraphsWithStyle(sample, "ListBullet").map((p) => attr(findAll(p.children, "w:ilvl")[0], "w:val"))).toEqual(["0", "1", "2", "0", "0", "0"]);
  });

  it("keeps a group together: keepNext and keepLines on all its paragraphs but the last's keepNext", () => {
    const all = findAll(body(sample).children, "w:p");
    const start = all.findIndex((p) => textOf(p.children) === "Le versement intervient en deux temps\u00A0:");
    const group = all.slice(start, start + 3).map((p) => [Boolean(child(child(p, "w:pPr"), "w:keepNext")), Boolean(child(child(p, "w:pPr"), "w:keepLines"))]);
    expect(group).toEqual([[true, true], [true, true], [false, true]]);
  });

  it("turns a page break into a page break before what follows", () => {
    const h = paragraphsWithStyle(sample, "Heading1")[0]!;
    expect(child(child(h, "w:pPr"), "w:pageBreakBefore")).toBeDefined();
  });

  it("maps paragraph styles and alignment", () => {
    expect(paragraphsWithStyle(sample, "Title").map((p) => textOf(p.children))).toEqual(["Contrat local des solidarités"]);
    expect(paragraphsWithStyle(sample, "Quote")).toHaveLength(2);
    expect(attr(findAll(paragraphsWithStyle(sample, "Small")[0]!.children, "w:jc")[0], "w:val")).toBe("both");
  });

  it("puts the issuer's lines first, the first in bold, with the logo", () => {
    const marks = paragraphsWithStyle(sample, "IssuerMark");
    expect(marks.map((p) => textOf(p.children))).toEqual(["PRÉFET DE LA CREUSE", "Direction départementale de l’emploi, du travail et des solidarités"]);
    expect(findAll(marks[0]!.children, "w:b")).toHaveLength(1);
    expect(findAll(body(sample).children, "w:p")[0]!.children.some((n) => findAll([n], "w:drawing").length > 0)).toBe(true);
  });
});

describe("renderDocx: images", () => {
  it("writes each image with its alternative text and a drawing id counted per document", () => {
    const docPr = findAll(body(sample).children, "wp:docPr");
    expect(docPr.map((d) => [attr(d, "id"), attr(d, "descr")])).toEqual([
      ["1", "Logo de la préfecture (exemple)"],
      ["2", "Carré rouge d’exemple"],
    ]);
  });

  it("sizes an image from its width and aspect ratio (60 pt wide logo of 40 × 20 px → 60 × 30 pt)", () => {
    const extent = findAll(body(sample).children, "wp:extent")[0];
    expect([Number(attr(extent, "cx")), Number(attr(extent, "cy"))]).toEqual([60 * 12700, 30 * 12700]);
  });
});

describe("renderDocx: properties", () => {
  it("writes core properties from the metadata, dates never from the clock", () => {
    const core = sample["docProps/core.xml"]!;
    const text = (name: string) => textOf(findAll(core, name).map((e) => ({ "w:t": e.children }) as XmlNode));
    expect(text("dc:title")).toBe("Contrat local des solidarités 2024-2027");
    expect(text("dc:subject")).toBe("Contrat entre l’État et le Département de la Creuse");
    expect(text("dc:creator")).toBe("Préfecture de la Creuse; Département de la Creuse");
    expect(text("cp:keywords")).toBe("Pacte des solidarités, CLS, Creuse");
    expect(text("dc:language")).toBe("fr-FR");
    expect(text("dcterms:created")).toBe("2024-03-12T09:30:00Z");
    expect(text("dcterms:modified")).toBe("2024-03-14T16:45:10Z");
  });

  it("writes a date-only createdAt as midnight UTC and uses it as modified", async () => {
    const parts = await render(minimal([]));
    const text = (name: string) => textOf(findAll(parts["docProps/core.xml"]!, name).map((e) => ({ "w:t": e.children }) as XmlNode));
    expect([text("dcterms:created"), text("dcterms:modified")]).toEqual(["2024-01-15T00:00:00Z", "2024-01-15T00:00:00Z"]);
  });

  it("writes custom properties sorted by name, and app properties", () => {
    const props = findAll(sample["docProps/custom.xml"]!, "property").map((p) => [attr(p, "name"), attr(p, "pid"), textOf(findAll(p.children, "vt:lpwstr").map((e) => ({ "w:t": e.children }) as XmlNode))]);
    expect(props).toEqual([
      ["departement", "2", "23"],
      ["reference", "3", "CLS-23-2024-001"],
    ]);
    const app = strFromU8(sample.raw["docProps/app.xml"]!);
    expect(app).toContain("<Application>@pacte/docx</Application>");
    expect(app).toContain("<Pages>3</Pages>");
  });

  it("escapes what XML reserves in properties", async () => {
    const bytes = await renderDocx(minimal([], { title: `<&>"'`, customProperties: { ref: "a<b>&c" } }));
    expect(malformedParts(bytes)).toEqual({});
    expect(strFromU8(unzipDocx(bytes)["docProps/core.xml"]!)).toContain("<dc:title>&lt;&amp;&gt;&quot;&apos;</dc:title>");
  });
});

describe("renderDocx: the parties' identities on a title page", () => {
  const ids = {
    type: "identities" as const,
    parties: [
      { lines: ["PRÉFÈTE DE LA CREUSE", "Direction départementale de l'emploi, du travail et des solidarités"], logo: "etat" },
      { lines: ["Département de la Creuse"], logo: "collectivite" },
    ],
  };
  const png = Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAIAAABwJOjsAAAAJElEQVR42mOQtsoeEMQwavGoxaMWj1o8avGoxaMWj1o8ciwGAKWRWB9w8fLfAAAAAElFTkSuQmCC"), (c) => c.charCodeAt(0));

  it("sets them side by side in a borderless table of one row: the State on the left, the collectivity on the right", async () => {
    const parts = await render(minimal([ids]));
    const table = findAll(body(parts).children, "w:tbl")[0]!;
    const cells = childrenNamed(childrenNamed(table, "w:tr")[0], "w:tc");
    expect(cells.map((c) => childrenNamed(c, "w:p").map((p) => spaced(textOf(p.children))))).toEqual([
      ["PRÉFÈTE DE LA CREUSE", "Direction départementale de l’emploi, du travail et des solidarités"],
      ["Département de la Creuse"],
    ]);
    const align = (c: El) => childrenNamed(c, "w:p").map((p) => attr(child(child(p, "w:pPr"), "w:jc"), "w:val"));
    expect(align(cells[0]!)).toEqual(["left", "left"]);
    expect(align(cells[1]!)).toEqual(["right"]);
    expect(findAll(table.children, "w:drawing")).toEqual([]); // no logo ships
  });

  it("puts each logo the theme supplies above its party's lines, with its text alternative", async () => {
    const logo = (alt: string) => ({ data: png, mimeType: "image/png" as const, alt, height: 40 });
    const parts = await render(minimal([ids]), { theme: { logos: { etat: logo("Préfète de la Creuse"), collectivite: logo("Département de la Creuse") } } });
    const cells = childrenNamed(childrenNamed(findAll(body(parts).children, "w:tbl")[0], "w:tr")[0], "w:tc");
    const descr = cells.map((c) => attr(findAll(childrenNamed(c, "w:p")[0]!.children, "wp:docPr")[0], "descr"));
    expect(descr).toEqual(["Préfète de la Creuse", "Département de la Creuse"]);
  });
});
