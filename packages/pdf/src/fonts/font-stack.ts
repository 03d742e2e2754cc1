import { pdfIssue } from "../pdf-issue";
import { type Issue, type Lang } from "@pacte/issues";
import { deferredStyles } from "./deferred-styles";
import type { FontFamily, FontStyleName } from "./font-family";
import { FontMetrics, fontMetrics } from "./font-metrics";

/**
 * One font file of a render: a family's style, its bytes and its measurements.
 *
 * @example
 * stack.resolve(0x41, "bold")?.face.family //=> "Pacte Sans"
 */
export interface FontFace {
  /**
   * The face's number in its stack, in the order the faces were opened (it names the font in the
   * PDF); a deferred face keeps its number, so that the faces after it keep theirs.
   */
  readonly index: number;
  readonly family: string;
  readonly style: FontStyleName;
  readonly bytes: Uint8Array;
  readonly metrics: FontMetrics;
  /**
   * Set on the stand-in of a face whose bytes are not loaded yet (see `withDeferredStyles`): it
   * measures with its family's regular face, and is never drawn — a layout that reaches it is
   * done again with the face loaded.
   */
  readonly deferred?: true;
}

/**
 * Characters drawn with another one when no font has them: the meaning (and the line-breaking
 * behaviour, decided on the original character) stays.
 */
const SUBSTITUTES: ReadonlyMap<number, readonly number[]> = new Map([
  [0x2011, [0x2d, 0x2010]], // non-breaking hyphen → the hyphen-minus glyph, so that text extraction and search read « - » (never a break point: decided before)
  [0x2010, [0x2d]],
  [0x2212, [0x2d]], // minus sign
  [0x202f, [0x2009, 0xa0, 0x20]], // narrow no-break space
  [0xa0, [0x20]],
  [0x2007, [0x2002, 0x20]], // figure space
  [0x2000, [0x20]],
  [0x2001, [0x20]],
  [0x2002, [0x20]],
  [0x2003, [0x20]],
  [0x2004, [0x20]],
  [0x2005, [0x20]],
  [0x2006, [0x20]],
  [0x2008, [0x20]],
  [0x2009, [0x20]],
  [0x200a, [0x20]],
  [0x205f, [0x20]],
  [0x3000, [0x20]],
]);

const STYLE_FALLBACKS: Record<FontStyleName, readonly FontStyleName[]> = {
  regular: ["regular"],
  bold: ["bold", "regular"],
  italic: ["italic", "regular"],
  boldItalic: ["boldItalic", "bold", "italic", "regular"],
};

const STYLE_WORDS: Record<Lang, Record<FontStyleName, string>> = {
  fr: { regular: "normal", bold: "gras", italic: "italique", boldItalic: "gras italique" },
  en: { regular: "regular", bold: "bold", italic: "italic", boldItalic: "bold italic" },
};

/**
 * What a code point resolves to: the face that draws it and the code point it draws.
 *
 * @example
 * stack.resolve(0x2011, "regular") //=> { face: <Pacte Sans regular>, codePoint: 0x2d }
 */
export interface ResolvedGlyph {
  readonly face: FontFace;
  readonly codePoint: number;
}

const nameKey = (name: string): string => name.trim().toLowerCase();

/**
 * The family of `families` named `name` (or one of its aliases), case-insensitive.
 *
 * @example
 * familyNamed("liberation sans", [pacteSans()])?.name //=> "Pacte Sans"
 */
export function familyNamed(name: string, families: readonly FontFamily[]): FontFamily | undefined {
  const k = nameKey(name);
  return families.find((f) => nameKey(f.name) === k || (f.aliases ?? []).some((a) => nameKey(a) === k));
}

/**
 * The fonts of one render: the theme's family first, then the other families given, in order,
 * each in four styles. Resolves every character to the first face that can draw it (with a few
 * typographic substitutes, such as a hyphen for U+2011), caching the answer per style.
 *
 * @example
 * const stack = FontStack.create("Liberation Sans", [pacteSans()]);
 * stack.resolve(0x41, "bold")?.face.family //=> "Pacte Sans"
 */
export class FontStack {
  readonly faces: FontFace[] = [];
  readonly familyNames: string[];
  /** Warnings and errors found while opening the fonts. */
  readonly issues: Issue[] = [];
  private readonly chains: Record<FontStyleName, FontFace[]>;
  private deferredAsked = false;
  private readonly resolved: Record<FontStyleName, Map<number, ResolvedGlyph | null>> = {
    regular: new Map(),
    bold: new Map(),
    italic: new Map(),
    boldItalic: new Map(),
  };

  private constructor(families: readonly FontFamily[], lang: Lang) {
    this.familyNames = families.map((f) => f.name);
    let count = 0;
    const byBytes = new Map<Uint8Array, FontFace>();
    const face = (family: FontFamily, style: FontStyleName, bytes: Uint8Array): FontFace | undefined => {
      const known = byBytes.get(bytes);
      if (known) return known;
      let metrics: FontMetrics;
      try {
        metrics = fontMetrics(bytes);
      } catch {
        this.issues.push(
          pdfIssue("pdf.font_invalid", ["options", "fonts"], { family: family.name, style: STYLE_WORDS[lang][style] }, lang),
        );
        return undefined;
      }
      const f: FontFace = { index: count++, family: family.name, style, bytes, metrics };
      this.faces.push(f);
      byBytes.set(bytes, f);
      return f;
    };
    const chains: Record<FontStyleName, FontFace[]> = { regular: [], bold: [], italic: [], boldItalic: [] };
    for (const style of ["regular", "bold", "italic", "boldItalic"] as const) {
      for (const family of families) {
        if (deferredStyles(family)?.has(style) === true) {
          const base = face(family, "regular", family.regular);
          if (base) chains[style].push({ index: count++, family: family.name, style, bytes: base.bytes, metrics: base.metrics, deferred: true });
          continue;
        }
        const used = STYLE_FALLBACKS[style].find((s) => family[s] !== undefined) ?? "regular";
        if (used !== style && family === families[0]) {
          this.issues.push(
            pdfIssue(
              "pdf.font_missing_style",
              ["theme", "fontFamily"],
              { family: family.name, style: STYLE_WORDS[lang][style], used: STYLE_WORDS[lang][used] },
              lang,
            ),
          );
        }
        const f = face(family, style, family[used] ?? family.regular);
        if (f) chains[style].push(f);
      }
    }
    this.chains = chains;
  }

  /**
   * Builds the stack for a render from its families (at least one): `familyName` (the theme's)
   * looked up among them by name or alias comes first; an unknown name falls back to the first
   * family with a `pdf.unknown_font` warning.
   *
   * @throws {RangeError} when `families` is empty (a render checks its options before).
   * @example
   * FontStack.create("Comic", [pacteSans()]).issues[0]?.code //=> "pdf.unknown_font"
   */
  static create(familyName: string, families: readonly FontFamily[], lang: Lang = "fr"): FontStack {
    const first = families[0];
    if (first === undefined) throw new RangeError("FontStack.create: at least one font family is needed.");
    const issues: Issue[] = [];
    let primary = familyNamed(familyName, families);
    if (!primary) {
      issues.push(
        pdfIssue(
          "pdf.unknown_font",
          ["theme", "fontFamily"],
          { received: familyName, fallback: first.name, available: [...new Set(families.map((f) => f.name))] },
          lang,
        ),
      );
      primary = first;
    }
    const ordered: FontFamily[] = [primary];
    for (const f of families) if (!ordered.includes(f)) ordered.push(f);
    const stack = new FontStack(ordered, lang);
    stack.issues.unshift(...issues);
    return stack;
  }

  /**
   * The face and code point that draw `codePoint` in `style`, or `null` when no font of the
   * stack has it (nor a substitute).
   *
   * @example
   * FontStack.create("Pacte Sans", [pacteSans()]).resolve(0x2011, "regular")?.codePoint //=> 0x2d
   * FontStack.create("Pacte Sans", [pacteSans()]).resolve(0x1f600, "regular") //=> null
   */
  resolve(codePoint: number, style: FontStyleName): ResolvedGlyph | null {
    const cache = this.resolved[style];
    const hit = cache.get(codePoint);
    if (hit !== undefined) return hit;
    const chain = this.chains[style];
    let result: ResolvedGlyph | null = null;
    for (const face of chain) {
      if (face.metrics.hasGlyph(codePoint)) {
        result = { face, codePoint };
        break;
      }
    }
    if (!result) {
      for (const sub of SUBSTITUTES.get(codePoint) ?? []) {
        const face = chain.find((f) => f.metrics.hasGlyph(sub));
        if (face) {
          result = { face, codePoint: sub };
          break;
        }
      }
    }
    if (result?.face.deferred === true) this.deferredAsked = true;
    cache.set(codePoint, result);
    return result;
  }

  /**
   * The primary face of a style (the theme's family), for vertical metrics and spaces.
   *
   * @example
   * FontStack.create("Pacte Sans", [pacteSans()]).primary("bold").metrics.postscriptName //=> "PacteSans-Bold"
   */
  primary(style: FontStyleName): FontFace {
    const face = this.chains[style][0] ?? this.faces[0];
    if (!face) throw new Error("FontStack without any font");
    if (face.deferred === true) this.deferredAsked = true;
    return face;
  }

  /**
   * Whether the layout asked for a face whose bytes are not loaded (see `withDeferredStyles`):
   * what it laid out with that face's stand-in must be laid out again with the face.
   *
   * @example
   * const stack = FontStack.create("Pacte Sans", [withDeferredStyles(upright, ["italic"])]);
   * stack.resolve(0x41, "italic");
   * stack.asksDeferred //=> true
   */
  get asksDeferred(): boolean {
    return this.deferredAsked;
  }
}
