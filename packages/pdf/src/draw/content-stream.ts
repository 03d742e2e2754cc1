import type { FontFace } from "../fonts/font-stack";
import { assertNever } from "@pacte/document";
import type { DrawItem, PathOp } from "../layout/page-canvas";
import type { Artifact, ContentSlot, ContentTag } from "../tagging/struct-node";

/**
 * What the content stream needs from the document: resource names, glyph codes and, for a
 * tagged PDF, the marked-content identifier of each sequence it opens.
 *
 * @example
 * const resources: ContentResources = { fontName: (f) => `F${f.index}`, glyphHex: (f, cp) => hexOf(f, cp), imageName: () => "Im0", mcid: (slot) => nextMcid(slot) };
 */
export interface ContentResources {
  /** The resource name of a face (`F0`). */
  fontName(face: FontFace): string;
  /** The 4-hex-digit glyph code of a code point in a face's embedded subset. */
  glyphHex(face: FontFace, codePoint: number): string;
  /** The resource name of an image (`Im0`). */
  imageName(item: Extract<DrawItem, { kind: "image" }>): string;
  /**
   * The MCID of a new marked-content sequence of `slot`'s element (the page's next one). Without
   * it the stream is not tagged: no marked content at all.
   */
  mcid?(slot: ContentSlot): number;
}

/** The operator that opens an artifact's marked-content sequence. */
function artifactOpen(a: Artifact): string {
  return a.subtype === undefined ? `/Artifact <</Type /${a.type}>> BDC` : `/Artifact <</Type /${a.type} /Subtype /${a.subtype}>> BDC`;
}

const EPS = 1e-4;

/**
 * A number as PDF content streams want it: at most 3 decimals, no exponent, no "-0".
 *
 * @example
 * pdfNumber(12.34567) //=> "12.346"
 * pdfNumber(-0.0001) //=> "0"
 */
export function pdfNumber(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  if (r === 0 || !Number.isFinite(r)) return "0";
  return String(r);
}

const colors = new Map<string, string>();
const colorOps = (hex: string, op: "rg" | "RG"): string => {
  const key = hex + op;
  let ops = colors.get(key);
  if (ops === undefined) {
    const v = Number.parseInt(hex, 16);
    const c = (shift: number): string => pdfNumber(((v >> shift) & 0xff) / 255);
    ops = `${c(16)} ${c(8)} ${c(0)} ${op}`;
    colors.set(key, ops);
  }
  return ops;
};

type RectItem = Extract<DrawItem, { kind: "rect" }>;
type PathItem = Extract<DrawItem, { kind: "path" }>;
const sameLook = (a: RectItem | PathItem, b: RectItem | PathItem): boolean => a.fill === b.fill && a.stroke === b.stroke && a.lineWidth === b.lineWidth;

/** The operators of one path step (PDF user space). */
function pathOp(o: PathOp): string {
  switch (o.op) {
    case "m":
    case "l":
      return `${pdfNumber(o.x)} ${pdfNumber(o.y)} ${o.op}`;
    case "c":
      return `${[o.x1, o.y1, o.x2, o.y2, o.x, o.y].map(pdfNumber).join(" ")} c`;
    case "re":
      return `${pdfNumber(o.x)} ${pdfNumber(o.y)} ${pdfNumber(o.width)} ${pdfNumber(o.height)} re`;
    case "h":
      return "h";
    default:
      return assertNever(o);
  }
}

type Glyphs = Extract<DrawItem, { kind: "glyphs" }>;

const sameRun = (a: Glyphs, b: Glyphs): boolean =>
  a.tag === b.tag &&
  a.replace === null &&
  b.replace === null &&
  a.piece.face === b.piece.face &&
  a.piece.style.size === b.piece.style.size &&
  a.piece.style.color === b.piece.style.color &&
  a.piece.style.rise === b.piece.style.rise &&
  Math.abs(a.y - b.y) < EPS &&
  b.x >= a.x + a.piece.width - EPS;

/**
 * Writes a page's display list as PDF content-stream operators: text in `TJ` arrays (kerning
 * and the widened spaces of justified lines as position adjustments, consecutive pieces of one
 * face, size and colour in one array), rectangles, lines, images and vector shapes (consecutive
 * shapes of one look and tag painted as one path, strokes with round caps and joins). With `resources.mcid`, each
 * run of items of one tag is a marked-content sequence — `/P <</MCID 3>> BDC … EMC` for content
 * of an element, `/Artifact <</Type /Layout>> BDC … EMC` for an artifact — always outside text
 * objects, so that sequences and text objects never overlap; items without a tag are left
 * unmarked (the structure checker reports them).
 *
 * @example
 * contentStream([{ kind: "line", x1: 0, y1: 0, x2: 10, y2: 0, color: "000000", lineWidth: 1, tag: null }], resources)
 * //=> "q\n0 0 0 RG\n1 w\n0 0 m\n10 0 l\nS\nQ\n"
 */
export function contentStream(items: readonly DrawItem[], resources: ContentResources): string {
  const out: string[] = [];
  let inText = false;
  let font = "";
  let size = -1;
  let color = "";
  let rise = 0;
  const endText = (): void => {
    if (inText) out.push("ET");
    inText = false;
  };
  const mcid = resources.mcid;
  let open: ContentTag = null;
  /** Closes the open sequence and opens the item's, when the tag changes. */
  const mark = (tag: ContentTag): void => {
    if (mcid === undefined || tag === open) return;
    endText();
    if (open !== null) out.push("EMC");
    open = tag;
    // Each sequence sets its own font, size, colour and rise (NaN: unknown, so written): a tool
    // that takes one out (an artifact) or reads one alone finds the text whole.
    font = "";
    size = -1;
    color = "";
    rise = Number.NaN;
    if (tag === null) return;
    out.push(tag.kind === "artifact" ? artifactOpen(tag) : `/${tag.node.role} <</MCID ${mcid(tag)}>> BDC`);
  };

  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item) continue;
    mark(item.tag);
    if (item.kind !== "glyphs") {
      endText();
      const kind = item.kind;
      if (kind === "rect") {
        // Consecutive rectangles of one look go into one path (table borders: one stroke a page).
        const ops = ["q"];
        if (item.fill) ops.push(colorOps(item.fill, "rg"));
        if (item.stroke) ops.push(colorOps(item.stroke, "RG"), `${pdfNumber(item.lineWidth)} w`);
        let j = i;
        for (;;) {
          const r = items[j] as RectItem;
          const { x, y, width, height } = r.rect;
          ops.push(`${pdfNumber(x)} ${pdfNumber(y)} ${pdfNumber(width)} ${pdfNumber(height)} re`);
          const next = items[j + 1];
          if (!next || next.kind !== "rect" || !sameLook(item, next) || (mcid !== undefined && next.tag !== item.tag)) break;
          j++;
        }
        ops.push(item.fill && item.stroke ? "B" : item.fill ? "f" : "S", "Q");
        out.push(ops.join("\n"));
        i = j;
      } else if (kind === "path") {
        const ops = ["q"];
        if (item.fill) ops.push(colorOps(item.fill, "rg"));
        if (item.stroke) ops.push(colorOps(item.stroke, "RG"), `${pdfNumber(item.lineWidth)} w`, "1 J", "1 j");
        let j = i;
        for (;;) {
          for (const o of (items[j] as PathItem).ops) ops.push(pathOp(o));
          const next = items[j + 1];
          if (!next || next.kind !== "path" || !sameLook(item, next) || (mcid !== undefined && next.tag !== item.tag)) break;
          j++;
        }
        ops.push(item.fill && item.stroke ? "B" : item.fill ? "f" : "S", "Q");
        out.push(ops.join("\n"));
        i = j;
      } else if (kind === "line") {
        out.push(
          [
            "q",
            colorOps(item.color, "RG"),
            `${pdfNumber(item.lineWidth)} w`,
            `${pdfNumber(item.x1)} ${pdfNumber(item.y1)} m`,
            `${pdfNumber(item.x2)} ${pdfNumber(item.y2)} l`,
            "S",
            "Q",
          ].join("\n"),
        );
      } else if (kind === "image") {
        const { x, y, width, height } = item.rect;
        out.push(`q\n${pdfNumber(width)} 0 0 ${pdfNumber(height)} ${pdfNumber(x)} ${pdfNumber(y)} cm\n/${resources.imageName(item)} Do\nQ`);
      } else {
        assertNever(kind);
      }
      continue;
    }
    // A run of glyph items that share face, size, colour, rise and baseline.
    let j = i;
    while (j + 1 < items.length) {
      const a = items[j];
      const b = items[j + 1];
      if (!a || !b || a.kind !== "glyphs" || b.kind !== "glyphs" || !sameRun(a, b)) break;
      j++;
    }
    const { piece } = item;
    const face = piece.face;
    if (!inText) {
      // (Font, size, colour and rise are graphics state: they carry over from one text object to
      // the next within a marked-content sequence — rectangles, lines and images restore theirs with Q.)
      out.push("BT");
      inText = true;
    }
    const name = resources.fontName(face);
    if (name !== font || piece.style.size !== size) {
      out.push(`/${name} ${pdfNumber(piece.style.size)} Tf`);
      font = name;
      size = piece.style.size;
    }
    if (piece.style.color !== color) {
      out.push(colorOps(piece.style.color, "rg"));
      color = piece.style.color;
    }
    if (piece.style.rise !== rise) {
      out.push(`${pdfNumber(piece.style.rise)} Ts`);
      rise = piece.style.rise;
    }
    out.push(`1 0 0 1 ${pdfNumber(item.x)} ${pdfNumber(item.y)} Tm`);
    const parts: string[] = [];
    let hex = "";
    const scale = 1000 / piece.style.size;
    const adjust = (points: number): void => {
      const v = -points * scale;
      if (Math.abs(v) < 0.0005) return;
      if (hex !== "") parts.push(`<${hex}>`);
      hex = "";
      parts.push(pdfNumber(v));
    };
    for (let k = i; k <= j; k++) {
      const g = items[k] as Glyphs;
      if (k > i) {
        const prev = items[k - 1] as Glyphs;
        adjust(g.x - (prev.x + prev.piece.width));
      }
      if (g.replace !== null) {
        for (const ch of g.replace) hex += resources.glyphHex(face, ch.codePointAt(0) ?? 0);
        continue;
      }
      const { cps, kerns } = g.piece;
      for (let c = 0; c < cps.length; c++) {
        hex += resources.glyphHex(face, cps[c] ?? 0);
        if (c < cps.length - 1) adjust(kerns[c] ?? 0);
      }
    }
    if (hex !== "") parts.push(`<${hex}>`);
    out.push(`[${parts.join(" ")}] TJ`);
    i = j;
  }
  mark(null);
  endText();
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}
