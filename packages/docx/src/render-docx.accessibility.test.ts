// What Word's accessibility checker and RGAA look for in a DOCX, read from its XML: the document's
// language, its title, real heading styles, header rows marked and repeated, row headers, alternative
// text on every image (or "decorative"), no empty paragraph used for spacing, and the signature
// blocks in a reading order that goes one signatory after the other.
import type { Document } from "@pacte/document";
import { strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "./render-docx";
import { child, childrenNamed, findAll, parseXml, textOf, unzipDocx, type El, type XmlNode } from "./test-support/read-docx";
import { sampleDocument } from "./test-support/sample-document";

const attr = (el: El | undefined, name: string) => el?.attrs[`@_${name}`];
const PNG = sampleDocument.body.flatMap((b) => (b.type === "image" ? [b.data] : []))[0]!;

/** The sample, with a decorative image, a table of labels and values, and three signatories. */
const doc: Document = {
  ...sampleDocument,
  body: [
    ...sampleDocument.body,
    { type: "image", data: PNG, mimeType: "image/png", decorative: true, width: 200 },
    {
      type: "table",
      rowHeaders: true,
      columns: [{}, {}],
      header: [],
      rows: [
        [{ content: [{ type: "text", text: "Porteur" }] }, { content: [{ type: "text", text: "Le département" }] }],
        [{ content: [{ type: "text", text: "Publics" }] }, { content: [{ type: "text", text: "Jeunes de 18 à 25 ans" }] }],
      ],
      totals: [],
    },
    {
      type: "signatures",
      signatories: [
        { role: "Pour l’État", quality: "La préfète de la Creuse", name: "Anne Martin", place: "Guéret", fieldId: "s1" },
        { role: "Pour le Département", quality: "La présidente du conseil départemental, agissant en vertu de la délibération du 15 décembre 2023", name: "Claire Dubois", fieldId: "s2" },
        { role: "Pour la CAF", quality: "Le directeur", name: "Paul Bernard", fieldId: "s3" },
      ],
    },
  ],
};

let parts: Record<string, XmlNode[]>;
let body: El;
beforeAll(async () => {
  const raw = unzipDocx(await renderDocx(doc));
  parts = Object.fromEntries(Object.entries(raw).filter(([p]) => p.endsWith(".xml")).map(([p, d]) => [p, parseXml(strFromU8(d))]));
  body = findAll(parts["word/document.xml"]!, "w:body")[0]!;
});

const coreText = (name: string) => textOf(findAll(parts["docProps/core.xml"]!, name).map((e) => ({ "w:t": e.children }) as XmlNode));

describe("renderDocx: accessibility", () => {
  it("states the document's language in the default run properties and the core properties", () => {
    const defaults = findAll(parts["word/styles.xml"]!, "w:rPrDefault")[0];
    expect(attr(findAll(defaults?.children ?? [], "w:lang")[0], "w:val")).toBe("fr-FR");
    expect(coreText("dc:language")).toBe("fr-FR");
  });

  it("has the document's title in its properties", () => {
    expect(coreText("dc:title")).toBe(doc.meta.title);
  });

  it("writes headings in real heading styles (Heading 1–4) with outline levels", () => {
    const styles = new Set(findAll(body.children, "w:pStyle").map((s) => attr(s, "w:val")));
    for (const id of ["Heading1", "Heading2"]) expect(styles.has(id), id).toBe(true);
    const heading1 = findAll(parts["word/styles.xml"]!, "w:style").find((s) => attr(s, "w:styleId") === "Heading1");
    expect(attr(findAll(heading1?.children ?? [], "w:outlineLvl")[0], "w:val")).toBe("0");
  });

  it("marks table header rows as headers (repeated on each page) and says which tables head their rows", () => {
    const tables = findAll(body.children, "w:tbl").filter((t) => child(child(t, "w:tblPr"), "w:tblStyle") !== undefined);
    const withHeader = tables.filter((t) => childrenNamed(t, "w:tr").some((r) => child(child(r, "w:trPr"), "w:tblHeader")));
    expect(withHeader.length).toBe(tables.length - 1);
    for (const t of withHeader) {
      const rows = childrenNamed(t, "w:tr");
      // Header rows come first and every one of them is marked.
      const marked = rows.map((r) => child(child(r, "w:trPr"), "w:tblHeader") !== undefined);
      expect(marked.indexOf(false)).toBeGreaterThan(0);
      expect(marked.slice(marked.indexOf(false)).includes(true)).toBe(false);
      expect(["1", "true"]).toContain(attr(child(child(t, "w:tblPr"), "w:tblLook"), "w:firstRow"));
    }
    const fiche = tables.find((t) => textOf(t.children).startsWith("Porteur"));
    expect(["1", "true"]).toContain(attr(child(child(fiche, "w:tblPr"), "w:tblLook"), "w:firstColumn"));
  });

  it("gives every image its alternative text (descr and title), or marks it decorative", () => {
    const drawings = findAll(body.children, "wp:docPr");
    expect(drawings.length).toBe(3);
    const described = drawings.filter((d) => (attr(d, "descr") ?? "") !== "");
    expect(described.map((d) => [attr(d, "descr"), attr(d, "title")])).toEqual([
      ["Logo de la préfecture (exemple)", "Logo de la préfecture (exemple)"],
      ["Carré rouge d’exemple", "Carré rouge d’exemple"],
    ]);
    const decorative = drawings.filter((d) => !described.includes(d));
    expect(decorative).toHaveLength(1);
    expect(findAll(decorative[0]?.children ?? [], "adec:decorative").map((x) => attr(x, "val"))).toEqual(["1"]);
  });

  it("uses no empty paragraph for spacing: the only empty ones carry a page break, keep two tables apart, end the body after a table, or fill an empty cell", () => {
    const children = body.children.map((n) => ({ name: Object.keys(n).find((k) => k !== ":@"), node: n }));
    const isEmpty = (p: El) => textOf(p.children) === "" && findAll(p.children, "w:drawing").length === 0 && findAll(p.children, "w:fldChar").length === 0;
    const wrong: string[] = [];
    children.forEach(({ name, node }, i) => {
      if (name !== "w:p") return;
      const p = { name, attrs: {}, children: node[name] as XmlNode[] };
      if (!isEmpty(p)) return;
      const pageBreak = child(child(p, "w:pPr"), "w:pageBreakBefore") !== undefined;
      const betweenTables = children[i - 1]?.name === "w:tbl" && children[i + 1]?.name === "w:tbl";
      const endAfterTable = children[i - 1]?.name === "w:tbl" && (children[i + 1]?.name === "w:sectPr" || i === children.length - 1);
      if (!pageBreak && !betweenTables && !endAfterTable) wrong.push(`body paragraph ${i}`);
    });
    for (const cell of findAll(body.children, "w:tc")) {
      const paragraphs = childrenNamed(cell, "w:p");
      if (paragraphs.some(isEmpty) && paragraphs.length > 1) wrong.push(`an empty paragraph in a cell: ${textOf(cell.children).slice(0, 40)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("reads the signature blocks one signatory after the other, in document order, each whole", () => {
    const tables = findAll(body.children, "w:tbl");
    const signatures = tables.at(-1)!;
    // Word reads a table row by row, cell by cell: the cells, in that order, are the blocks.
    const blocks = childrenNamed(signatures, "w:tr").flatMap((r) => childrenNamed(r, "w:tc").map((c) => childrenNamed(c, "w:p").map((p) => textOf(p.children).replace(/[\u00A0\u202F]/g, " ")).filter((t) => t !== "")));
    expect(blocks).toEqual([
      ["Pour l’État", "La préfète de la Creuse", "Fait à Guéret", "Anne Martin"],
      ["Pour le Département", "La présidente du conseil départemental, agissant en vertu de la délibération du 15 décembre 2023", "Claire Dubois"],
      ["Pour la CAF", "Le directeur", "Paul Bernard"],
      [],
    ]);
  });
});
