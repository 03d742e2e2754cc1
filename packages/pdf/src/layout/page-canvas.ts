import type { Image } from "@pacte/document";
import type { LinkTarget } from "./run-style";
import type { Piece } from "./shape-text";

const texts = new WeakMap<Piece, string>();
/** The characters of a piece, as a string (cached: repeated table headers draw the same pieces). */
function pieceText(piece: Piece): string {
  let t = texts.get(piece);
  if (t === undefined) {
    t = "";
    for (const cp of piece.src) t += String.fromCodePoint(cp);
    texts.set(piece, t);
  }
  return t;
}

/**
 * A rectangle in PDF user space: origin at the bottom-left corner of the page, y upwards.
 *
 * @example
 * const r: Rect = { x: 56.7, y: 70.9, width: 481.9, height: 700.2 };
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Something to draw, in PDF user space.
 *
 * @example
 * const line: DrawItem = { kind: "line", x1: 0, y1: 0, x2: 10, y2: 0, color: "000000", lineWidth: 0.5 };
 */
export type DrawItem =
  | {
      readonly kind: "glyphs";
      readonly x: number;
      /** Baseline (before the piece's own rise). */
      readonly y: number;
      readonly piece: Piece;
      /** Text to draw instead of the piece's glyphs (a page number field). */
      readonly replace: string | null;
    }
  | {
      readonly kind: "rect";
      readonly rect: Rect;
      readonly fill: string | null;
      readonly stroke: string | null;
      readonly lineWidth: number;
    }
  | { readonly kind: "line"; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly color: string; readonly lineWidth: number }
  | { readonly kind: "image"; readonly rect: Rect; readonly image: Pick<Image, "data" | "mimeType" | "alt">; readonly path: readonly (string | number)[] };

/**
 * Where a page's text landed, as the engine placed it (PDF user space).
 *
 * @example
 * layout.pages[0]?.texts[0] //=> { text: "PRÉFET", x: 56.7, y: 757.3, width: 38.2, height: 11.7, fontSize: 10.5, region: "body" }
 */
export interface PlacedText extends Rect {
  readonly text: string;
  readonly fontSize: number;
  /** The page region it belongs to. */
  readonly region: "body" | "header" | "footer";
}

/** A {@link PlacedText} whose text is built only when someone reads it (the report of a render). */
class PlacedGlyphs implements PlacedText {
  private readonly piece: Piece;
  private readonly replace: string | null;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly region: PlacedText["region"];

  constructor(piece: Piece, replace: string | null, x: number, y: number, width: number, height: number, region: PlacedText["region"]) {
    this.piece = piece;
    this.replace = replace;
    this.x = x;
    this.y = y;
    this.width = width;
    this.height = height;
    this.fontSize = piece.style.size;
    this.region = region;
  }

  get text(): string {
    return this.replace ?? pieceText(this.piece);
  }

  toJSON(): PlacedText {
    const { text, x, y, width, height, fontSize, region } = this;
    return { text, x, y, width, height, fontSize, region };
  }
}

/**
 * A box the engine placed that is not text (table cells, images, rules, signature spaces).
 *
 * @example
 * layout.pages[4]?.boxes[0]?.kind //=> "cell"
 */
export interface PlacedBox extends Rect {
  readonly kind: "cell" | "image" | "rule" | "signature" | "background";
}

/**
 * A link area on a page.
 *
 * @example
 * canvas.links[0] //=> { rect: { x: 120, y: 600, width: 42, height: 13.1 }, target: { kind: "internal", target: "art-4" } }
 */
export interface PlacedLink {
  readonly rect: Rect;
  readonly target: LinkTarget;
}

/**
 * One page being drawn: its display list, links, anchors (heading tops), signature fields and
 * the report of what was placed where. Layout code works top-down (`top` = distance from the
 * page's top edge); the canvas converts to PDF user space.
 *
 * @example
 * const c = new PageCanvas(0, 595.28, 841.89);
 * c.pdfY(100) //=> 741.89
 */
export class PageCanvas {
  readonly items: DrawItem[] = [];
  /** Stroked rectangles (table borders), drawn after everything else so they batch into one path. */
  readonly overlays: DrawItem[] = [];
  readonly links: PlacedLink[] = [];
  readonly anchors: { readonly id: string; readonly top: number }[] = [];
  readonly signatureFields: { readonly name: string; readonly rect: Rect }[] = [];
  readonly texts: PlacedText[] = [];
  readonly boxes: PlacedBox[] = [];
  /** Which region text drawn now belongs to. */
  region: PlacedText["region"] = "body";

  readonly index: number;
  readonly width: number;
  readonly height: number;

  constructor(index: number, width: number, height: number) {
    this.index = index;
    this.width = width;
    this.height = height;
  }

  /** Converts a distance from the top edge to a PDF y coordinate. */
  pdfY(top: number): number {
    return this.height - top;
  }

  /** Draws a piece of text with its baseline at `baselineTop` (from the top edge). */
  glyphs(piece: Piece, x: number, baselineTop: number, width: number, replace: string | null = null): void {
    const y = this.pdfY(baselineTop);
    this.items.push({ kind: "glyphs", x, y, piece, replace });
    const m = piece.face.metrics;
    const s = piece.style.size / 1000;
    const bottom = y + piece.style.rise + m.descent * s;
    this.texts.push(new PlacedGlyphs(piece, replace, x, bottom, width, (m.ascent - m.descent) * s, this.region));
  }

  /** Fills and/or strokes a rectangle given by its top-left corner (from the top edge). */
  rect(x: number, top: number, width: number, height: number, fill: string | null, stroke: string | null, lineWidth: number, kind: PlacedBox["kind"]): void {
    const rect = { x, y: this.pdfY(top + height), width, height };
    (fill === null ? this.overlays : this.items).push({ kind: "rect", rect, fill, stroke, lineWidth });
    this.boxes.push({ ...rect, kind });
  }

  /** Draws a straight line between two points given from the top edge. */
  line(x1: number, top1: number, x2: number, top2: number, color: string, lineWidth: number): void {
    this.items.push({ kind: "line", x1, y1: this.pdfY(top1), x2, y2: this.pdfY(top2), color, lineWidth });
  }

  /** Places an image in the box whose top-left corner is given from the top edge. */
  image(image: Pick<Image, "data" | "mimeType" | "alt">, x: number, top: number, width: number, height: number, path: readonly (string | number)[]): void {
    const rect = { x, y: this.pdfY(top + height), width, height };
    this.items.push({ kind: "image", rect, image, path });
    this.boxes.push({ ...rect, kind: "image" });
  }

  /** Records a link area given from the top edge. */
  link(x: number, top: number, width: number, height: number, target: LinkTarget): void {
    this.links.push({ rect: { x, y: this.pdfY(top + height), width, height }, target });
  }

  /** Records where a heading starts (its top, from the top edge). */
  anchor(id: string, top: number): void {
    this.anchors.push({ id, top: this.pdfY(top) });
  }

  /** Records an empty signature field over a box given from the top edge. */
  signatureField(name: string, x: number, top: number, width: number, height: number): void {
    const rect = { x, y: this.pdfY(top + height), width, height };
    this.signatureFields.push({ name, rect });
    this.boxes.push({ ...rect, kind: "signature" });
  }
}
