// The floor of a PDF render, for the benchmark table: what it costs pdf-lib alone (the fork and
// the fontkit @pacte/pdf uses) to write the text runs our engine placed — the same strings at the
// same positions, sizes and faces, as glyph ids — with the same fonts embedded as subsets, to
// outline the boxes it placed (table cells, rules, signature spaces), and to save. No document
// walk, no line breaking, no pagination, no tagging, no PDF/A: the engine's own overhead is
// renderPdf's time over this one.
import { PDFDocument, PDFName, type PDFFont } from "@cantoo/pdf-lib";
// fontkit ships no types: @pacte/pdf declares the part it uses, which a program that type-checks
// this file with @pacte/pdf's sources sees (tools/architecture) and a lone one does not.
// @ts-ignore -- resolved in one program, untyped in the other
import * as fontkit from "fontkit";
import type { FontFamily, FontStyleName, PdfLayout } from "@pacte/pdf";

/** One page's runs and boxes as plain data, built before timing (the engine's report builds text lazily). */
export interface FloorPage {
  readonly width: number;
  readonly height: number;
  readonly texts: readonly { readonly text: string; readonly x: number; readonly y: number; readonly fontSize: number; readonly face: string }[];
  readonly boxes: readonly { readonly x: number; readonly y: number; readonly width: number; readonly height: number }[];
}

/** What the floor replays: the pages, and the font bytes of each face named in them. */
export interface FloorInput {
  readonly pages: readonly FloorPage[];
  readonly faces: ReadonlyMap<string, Uint8Array>;
}

const faceKey = (family: string, style: FontStyleName): string => `${family}/${style}`;

/**
 * The runs and boxes of a layout as plain data, with the bytes of every face they use, looked up
 * in the given families (Pacte Sans, and Pacte Sans Extended when the text needed it).
 *
 * @example
 * const input = floorInput((await renderPdfWithLayout(doc)).layout, [await loadPacteSans()]);
 */
export function floorInput(layout: PdfLayout, families: readonly FontFamily[]): FloorInput {
  const faces = new Map<string, Uint8Array>();
  const pages = layout.pages.map((page) => ({
    width: layout.pageWidth,
    height: layout.pageHeight,
    texts: page.texts
      .filter((t) => t.text !== "")
      .map((t) => {
        const key = faceKey(t.fontFamily, t.fontStyle);
        if (!faces.has(key)) {
          const family = families.find((f) => f.name === t.fontFamily);
          const bytes = family?.[t.fontStyle] ?? family?.regular;
          if (bytes === undefined) throw new Error(`floor: no bytes for the face ${key}`);
          faces.set(key, bytes);
        }
        return { text: t.text, x: t.x, y: t.y, fontSize: t.fontSize, face: key };
      }),
    boxes: page.boxes.map(({ x, y, width, height }) => ({ x, y, width, height })),
  }));
  return { pages, faces };
}

const NO_SUBSTITUTION = { liga: false, clig: false, calt: false, ccmp: false, locl: false, dlig: false, rlig: false, mark: false, mkmk: false, kern: false };
const num = (x: number): string => String(Math.round(x * 100) / 100);

/**
 * Embeds the faces as subsets, then writes each page's content stream as an engine that only
 * places glyphs would: per run, the font, size and position and the run's glyph ids as one hex
 * string (`BT /F0 10.5 Tf 56.7 757.3 Td <0012…> Tj ET`), each character's id encoded once per
 * face, each box as a stroked rectangle; then
 * saves with object streams, as @pacte/pdf does. pdf-lib's `drawText` would be the naive floor:
 * it builds operator objects per run and measured slower than our whole engine.
 *
 * @example
 * const bytes = await floorPdf(floorInput(layout, [await loadPacteSans()]));
 */
export async function floorPdf(input: FloorInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const fonts = new Map<string, { name: string; font: PDFFont; hex: Map<number, string> }>();
  for (const [key, bytes] of input.faces) fonts.set(key, { name: `F${fonts.size}`, font: await pdf.embedFont(bytes, { subset: true, features: NO_SUBSTITUTION }), hex: new Map() });
  // A run's glyph ids, from each character's id encoded once per face (as our engine does).
  const glyphs = (f: { font: PDFFont; hex: Map<number, string> }, text: string): string => {
    let out = "<";
    for (const ch of text) {
      // The hyphens Pacte Sans lacks are drawn with the hyphen-minus, as our engine does.
      const cp = ch === "\u2011" || ch === "\u2010" ? 0x2d : (ch.codePointAt(0) ?? 0);
      let h = f.hex.get(cp);
      if (h === undefined) {
        h = f.font.encodeText(String.fromCodePoint(cp)).toString().slice(1, -1);
        f.hex.set(cp, h);
      }
      out += h;
    }
    return `${out}>`;
  };
  for (const p of input.pages) {
    const page = pdf.addPage([p.width, p.height]);
    const ops: string[] = ["0.5 w 0.6 G"];
    for (const b of p.boxes) ops.push(`${num(b.x)} ${num(b.y)} ${num(b.width)} ${num(b.height)} re S`);
    for (const t of p.texts) {
      const f = fonts.get(t.face);
      if (f === undefined) continue;
      ops.push(`BT /${f.name} ${num(t.fontSize)} Tf ${num(t.x)} ${num(t.y)} Td ${glyphs(f, t.text)} Tj ET`);
    }
    for (const f of fonts.values()) page.node.setFontDictionary(PDFName.of(f.name), f.font.ref);
    page.node.set(PDFName.of("Contents"), pdf.context.register(pdf.context.flateStream(ops.join("\n"))));
  }
  return pdf.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
}
