import { assertNever, type Image } from "@pacte/document";
import { ARTIFACTS, type Artifact, type ContentTag, type StructNode } from "../tagging/struct-node";
import type { LinkTarget } from "./run-style";
import type { FontStyleName } from "../fonts/font-family";
import type { Piece } from "./shape-text";

const texts = new WeakMap<readonly number[], string>();
/** The characters of a piece's code points, as a string (cached: repeated table headers draw the same pieces). */
function pieceText(src: readonly number[]): string {
  let t = texts.get(src);
  if (t === undefined) {
    t = "";
    for (const cp of src) t += String.fromCodePoint(cp);
    texts.set(src, t);
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
 * One step of a vector path: move to a point, a line or a cubic Bézier curve to a point, a
 * rectangle (its corner and size), or a close. In PDF user space in a {@link DrawItem}; from the
 * page's top edge (`y` and `top` are then distances from it, rectangles given by their top-left
 * corner) when given to {@link PageCanvas.shape}.
 *
 * @example
 * const triangle: PathOp[] = [{ op: "m", x: 0, y: 0 }, { op: "l", x: 10, y: 0 }, { op: "l", x: 5, y: 8 }, { op: "h" }];
 */
export type PathOp =
  | { readonly op: "m" | "l"; readonly x: number; readonly y: number }
  | { readonly op: "c"; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly x: number; readonly y: number }
  | { readonly op: "re"; readonly x: number; readonly y: number; readonly width: number; readonly height: number }
  | { readonly op: "h" };

/**
 * How a vector shape is painted: filled and/or stroked (colours `RRGGBB`), the stroke's width
 * (with round caps and joins).
 *
 * @example
 * const bar: ShapeLook = { fill: "000091", stroke: null, lineWidth: 0 };
 */
export interface ShapeLook {
  readonly fill: string | null;
  readonly stroke: string | null;
  readonly lineWidth: number;
}

/**
 * Something to draw, in PDF user space, with how it is marked for the tagged PDF (`tag`: the
 * element it is content of, or the artifact it is).
 *
 * @example
 * const line: DrawItem = { kind: "line", x1: 0, y1: 0, x2: 10, y2: 0, color: "000000", lineWidth: 0.5, tag: ARTIFACTS.layout };
 */
export type DrawItem = (
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
  | { readonly kind: "image"; readonly rect: Rect; readonly image: Pick<Image, "data" | "mimeType">; readonly path: readonly (string | number)[] }
  | ({ readonly kind: "path"; readonly ops: readonly PathOp[] } & ShapeLook)
) & { readonly tag: ContentTag };

/**
 * Where a page's text landed, as the engine placed it (PDF user space).
 *
 * @example
 * layout.pages[0]?.texts[0] //=> { text: "PRÉFET", x: 56.7, y: 757.3, width: 38.2, height: 11.7, fontSize: 10.5, fontFamily: "Pacte Sans", fontStyle: "bold", region: "body" }
 */
export interface PlacedText extends Rect {
  readonly text: string;
  readonly fontSize: number;
  /** The family of the face that draws it (the one a fallback chose, when it is not the first). */
  readonly fontFamily: string;
  readonly fontStyle: FontStyleName;
  /** The page region it belongs to. */
  readonly region: "body" | "header" | "footer";
}

/**
 * A {@link PlacedText} whose text is built only when someone reads it (the report of a render).
 * It keeps the piece's code points, not the piece: a report kept after the render does not hold
 * every piece's glyphs, advances and kerning (half the memory it held for 800 pages).
 */
class PlacedGlyphs implements PlacedText {
  private readonly src: readonly number[];
  private readonly replace: string | null;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly fontFamily: string;
  readonly fontStyle: FontStyleName;
  readonly region: PlacedText["region"];

  constructor(piece: Piece, replace: string | null, x: number, y: number, width: number, height: number, region: PlacedText["region"]) {
    this.src = piece.src;
    this.replace = replace;
    this.x = x;
    this.y = y;
    this.width = width;
    this.height = height;
    this.fontSize = piece.style.size;
    this.fontFamily = piece.face.family;
    this.fontStyle = piece.face.style;
    this.region = region;
  }

  get text(): string {
    return this.replace ?? pieceText(this.src);
  }

  toJSON(): PlacedText {
    const { text, x, y, width, height, fontSize, fontFamily, fontStyle, region } = this;
    return { text, x, y, width, height, fontSize, fontFamily, fontStyle, region };
  }
}

/**
 * A box the engine placed that is not text (table cells, images, rules, signature spaces, the
 * area of a chart).
 *
 * @example
 * layout.pages[4]?.boxes[0]?.kind //=> "cell"
 */
export interface PlacedBox extends Rect {
  readonly kind: "cell" | "image" | "rule" | "signature" | "background" | "chart";
}

/**
 * A link area on a page, and the `Link` element of the structure tree it belongs to (`null`
 * when drawn outside any element).
 *
 * @example
 * canvas.links[0] //=> { rect: { x: 120, y: 600, width: 42, height: 13.1 }, target: { kind: "internal", target: "art-4" }, node }
 */
export interface PlacedLink {
  readonly rect: Rect;
  readonly target: LinkTarget;
  readonly node: StructNode | null;
}

/**
 * An empty signature field on a page: its name, rectangle, what it is for in words (its
 * `/TU`) and its `Form` element.
 *
 * @example
 * canvas.signatureFields[0] //=> { name: "sig-etat", rect, description: "Signature de la préfète de la Creuse, Anne Martin", node }
 */
export interface PlacedField {
  readonly name: string;
  readonly rect: Rect;
  readonly description: string;
  readonly node: StructNode | null;
}

/**
 * One page being drawn: its display list, links, anchors (heading tops), signature fields and
 * the report of what was placed where. Layout code works top-down (`top` = distance from the
 * page's top edge); the canvas converts to PDF user space.
 *
 * Tagging: what is drawn inside {@link PageCanvas.tagged} is content of that structure element
 * (text in a link goes to the element's `Link` child for that link), what is drawn inside
 * {@link PageCanvas.artifact} or in the header and footer regions is an artifact, and rules,
 * borders, backgrounds and underlines always are; shapes ({@link PageCanvas.shape}: a chart's
 * bars, lines and axes) are content of the element, as text is. Boxes say which element they draw; the canvas
 * decides the rest.
 *
 * @example
 * const c = new PageCanvas(0, 595.28, 841.89);
 * c.pdfY(100) //=> 741.89
 * c.tagged(paragraphNode, () => drawTextLines(c, block, 56.7, 120, 0, 2, fields)); // content of a P
 */
export class PageCanvas {
  readonly items: DrawItem[] = [];
  /** Stroked rectangles (table borders), drawn after everything else so they batch into one path. */
  readonly overlays: DrawItem[] = [];
  readonly links: PlacedLink[] = [];
  readonly anchors: { readonly id: string; readonly top: number }[] = [];
  readonly signatureFields: PlacedField[] = [];
  readonly texts: PlacedText[] = [];
  readonly boxes: PlacedBox[] = [];
  /** Which region text drawn now belongs to. */
  region: PlacedText["region"] = "body";
  /** The structure element what is drawn now belongs to. */
  private node: StructNode | null = null;
  /** The artifact what is drawn now is, if any (it wins over `node`). */
  private artifactNow: Artifact | null = null;

  readonly index: number;
  readonly width: number;
  readonly height: number;
  /** Whether `texts` reports the text drawn (a render that returns no layout does not read it). */
  private readonly reportTexts: boolean;

  constructor(index: number, width: number, height: number, reportTexts = true) {
    this.index = index;
    this.width = width;
    this.height = height;
    this.reportTexts = reportTexts;
  }

  /** Converts a distance from the top edge to a PDF y coordinate. */
  pdfY(top: number): number {
    return this.height - top;
  }

  /**
   * Draws what `draw` draws as content of the structure element `node` (as it was before when
   * `node` is `undefined`), and returns what `draw` returns.
   */
  tagged<T>(node: StructNode | null | undefined, draw: () => T): T {
    if (node === undefined) return draw();
    const before = this.node;
    this.node = node;
    try {
      return draw();
    } finally {
      this.node = before;
    }
  }

  /** Draws what `draw` draws as an artifact: `"layout"` (leaders, decorative images) or `"pagination"` (a repeated table header). */
  artifact<T>(kind: "layout" | "pagination", draw: () => T): T {
    const before = this.artifactNow;
    this.artifactNow = ARTIFACTS[kind];
    try {
      return draw();
    } finally {
      this.artifactNow = before;
    }
  }

  /** How content drawn now is marked: an artifact, else a slot of the current element (its link's for linked text), else nothing. */
  private contentTag(link: LinkTarget | null): ContentTag {
    if (this.region !== "body") return ARTIFACTS[this.region];
    if (this.artifactNow !== null) return this.artifactNow;
    const node = this.node === null ? null : link !== null && this.node.role !== "Link" ? this.node.linkFor(link) : this.node;
    return node === null ? null : node.slot(this.index);
  }

  /** How graphics drawn now (rules, borders, backgrounds, underlines) are marked: always an artifact. */
  private graphicsTag(): ContentTag {
    return this.region !== "body" ? ARTIFACTS[this.region] : (this.artifactNow ?? ARTIFACTS.layout);
  }

  /** Draws a piece of text with its baseline at `baselineTop` (from the top edge). */
  glyphs(piece: Piece, x: number, baselineTop: number, width: number, replace: string | null = null): void {
    const y = this.pdfY(baselineTop);
    const tag = this.contentTag(piece.style.link);
    if (tag !== null && tag.kind === "content" && tag.node.role === "Link") tag.node.addText(replace ?? pieceText(piece.src));
    this.items.push({ kind: "glyphs", x, y, piece, replace, tag });
    const m = piece.face.metrics;
    const s = piece.style.size / 1000;
    const bottom = y + piece.style.rise + m.descent * s;
    if (this.reportTexts) this.texts.push(new PlacedGlyphs(piece, replace, x, bottom, width, (m.ascent - m.descent) * s, this.region));
  }

  /**
   * Draws the space a line was broken at, after its last glyph: it shows nothing and is not
   * reported with the placed text, but text extraction and assistive technologies read a word
   * break there rather than gluing the last word of a line to the first of the next.
   */
  wordBreak(space: Piece, x: number, baselineTop: number): void {
    this.items.push({ kind: "glyphs", x, y: this.pdfY(baselineTop), piece: space, replace: null, tag: this.contentTag(space.style.link) });
  }

  /** Fills and/or strokes a rectangle given by its top-left corner (from the top edge). */
  rect(x: number, top: number, width: number, height: number, fill: string | null, stroke: string | null, lineWidth: number, kind: PlacedBox["kind"]): void {
    const rect = { x, y: this.pdfY(top + height), width, height };
    (fill === null ? this.overlays : this.items).push({ kind: "rect", rect, fill, stroke, lineWidth, tag: this.graphicsTag() });
    this.boxes.push({ ...rect, kind });
  }

  /** Draws a straight line between two points given from the top edge. */
  line(x1: number, top1: number, x2: number, top2: number, color: string, lineWidth: number): void {
    this.items.push({ kind: "line", x1, y1: this.pdfY(top1), x2, y2: this.pdfY(top2), color, lineWidth, tag: this.graphicsTag() });
  }

  /**
   * Draws a vector shape given from the top edge (see {@link PathOp}) as content of the current
   * element, as text is: a chart's bars, lines, markers and axes make up its `Figure`.
   */
  shape(ops: readonly PathOp[], look: ShapeLook): void {
    const pdfOps = ops.map((o): PathOp => {
      switch (o.op) {
        case "m":
        case "l":
          return { op: o.op, x: o.x, y: this.pdfY(o.y) };
        case "c":
          return { op: "c", x1: o.x1, y1: this.pdfY(o.y1), x2: o.x2, y2: this.pdfY(o.y2), x: o.x, y: this.pdfY(o.y) };
        case "re":
          return { op: "re", x: o.x, y: this.pdfY(o.y + o.height), width: o.width, height: o.height };
        case "h":
          return o;
        default:
          return assertNever(o);
      }
    });
    this.items.push({ kind: "path", ops: pdfOps, fill: look.fill, stroke: look.stroke, lineWidth: look.lineWidth, tag: this.contentTag(null) });
  }

  /**
   * Records the box of a figure drawn with shapes and text (a chart), given from the top edge:
   * on the current `Figure` element (its `/BBox`) and as a placed box of `kind`.
   */
  figureBox(x: number, top: number, width: number, height: number, kind: PlacedBox["kind"]): void {
    const rect = { x, y: this.pdfY(top + height), width, height };
    const tag = this.contentTag(null);
    if (tag !== null && tag.kind === "content" && tag.node.role === "Figure") tag.node.bbox = { page: this.index, ...rect };
    this.boxes.push({ ...rect, kind });
  }

  /** Places an image in the box whose top-left corner is given from the top edge (a figure's bounding box is recorded on its element). */
  image(image: Pick<Image, "data" | "mimeType">, x: number, top: number, width: number, height: number, path: readonly (string | number)[]): void {
    const rect = { x, y: this.pdfY(top + height), width, height };
    const tag = this.contentTag(null);
    if (tag !== null && tag.kind === "content" && tag.node.role === "Figure") tag.node.bbox = { page: this.index, ...rect };
    this.items.push({ kind: "image", rect, image, path, tag });
    this.boxes.push({ ...rect, kind: "image" });
  }

  /** Records a link area given from the top edge (its annotation goes to the current element's `Link` for `target`). */
  link(x: number, top: number, width: number, height: number, target: LinkTarget): void {
    // (A repeated table header's link keeps its element: the annotation is one more of that link's.)
    const current = this.region === "body" ? this.node : null;
    const node = current === null ? null : current.role === "Link" ? current : current.linkFor(target);
    node?.attach();
    this.links.push({ rect: { x, y: this.pdfY(top + height), width, height }, target, node });
  }

  /** Records where a heading starts (its top, from the top edge). */
  anchor(id: string, top: number): void {
    this.anchors.push({ id, top: this.pdfY(top) });
  }

  /**
   * Records an empty signature field over a box given from the top edge, described in words by
   * `description`; the current element (a `Form`) holds its widget, at this point of its parent.
   */
  signatureField(name: string, x: number, top: number, width: number, height: number, description = ""): void {
    const rect = { x, y: this.pdfY(top + height), width, height };
    const node = this.artifactNow === null ? this.node : null;
    node?.attach();
    this.signatureFields.push({ name, rect, description, node });
    this.boxes.push({ ...rect, kind: "signature" });
  }
}
