import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
  type PDFPage,
} from "../internal/pdf-lib";
import { contentOperators, type Operand } from "./content-operators";
import type { CheckpointId } from "./checkpoints";
import { parseToUnicode, type UnicodeMap } from "./to-unicode";

/**
 * One condition a tagged PDF fails: which checkpoint, what was found, and on which page (from
 * 0) when it is about a page.
 *
 * @example
 * const f: CheckFailure = { checkpoint: "13-004", message: "Figure sans texte alternatif (/Alt)." };
 */
export interface CheckFailure {
  readonly checkpoint: CheckpointId;
  readonly message: string;
  readonly page?: number;
}

/**
 * An element of the structure tree as the checker read it: its type (as written, and the
 * standard type it maps to), its attributes, its text (its own content and its descendants', in
 * reading order), its children and the subtypes of the annotations it holds.
 *
 * @example
 * report.root?.children[0] //=> { type: "H1", role: "H1", text: "Article 1 – Objet", children: [], annotations: [], … }
 */
export interface StructElementInfo {
  readonly type: string;
  readonly role: string;
  readonly alt?: string;
  readonly lang?: string;
  readonly scope?: string;
  readonly colSpan?: number;
  readonly text: string;
  readonly children: readonly StructElementInfo[];
  readonly annotations: readonly string[];
}

/**
 * What {@link checkTaggedPdf} found: `ok` when no checkpoint fails, the failures, the structure
 * tree read back, and the text of the tree in reading order (each block element on its own
 * line; artifacts are not in it).
 *
 * @example
 * const { ok, failures, root, text } = await checkTaggedPdf(bytes);
 */
export interface TaggedPdfReport {
  readonly ok: boolean;
  readonly failures: readonly CheckFailure[];
  readonly root: StructElementInfo | null;
  readonly text: string;
  /**
   * Per page, the text of the tree's content on that page, in the tree's order: what a text
   * extraction of the page (artifacts aside) reads, even where the tree reads a table cell whole
   * across a page break.
   */
  readonly pageTexts: readonly string[];
}

/** The standard structure types of ISO 32000-1 (table 333 and the tables after it). */
const STANDARD_TYPES: ReadonlySet<string> = new Set(
  (
    "Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody " +
    "Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form"
  ).split(" "),
);
/** Types read inline (no line break before them in the report's text). */
const INLINE_TYPES: ReadonlySet<string> = new Set(["Span", "Link", "Quote", "Note", "Reference", "BibEntry", "Code", "Annot", "Ruby", "Warichu", "Lbl"]);
/** Text-showing, path-painting, shading and XObject operators: what draws on the page. */
const PAINTING: ReadonlySet<string> = new Set(["Tj", "TJ", "'", '"', "Do", "BI", "sh", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*"]);
const TEXT_SHOWING: ReadonlySet<string> = new Set(["Tj", "TJ", "'", '"']);
/** Where each element type may sit (ISO 32000-1 §14.8.4.3): list, table and table-of-contents parts. */
const ALLOWED_PARENTS: Readonly<Record<string, { readonly parents: readonly string[]; readonly checkpoint: CheckpointId }>> = {
  LI: { parents: ["L"], checkpoint: "09-005" },
  Lbl: { parents: ["LI", "TOCI"], checkpoint: "09-005" },
  LBody: { parents: ["LI"], checkpoint: "09-005" },
  TR: { parents: ["Table", "THead", "TBody", "TFoot"], checkpoint: "09-004" },
  TH: { parents: ["TR"], checkpoint: "09-004" },
  TD: { parents: ["TR"], checkpoint: "09-004" },
  THead: { parents: ["Table"], checkpoint: "09-004" },
  TBody: { parents: ["Table"], checkpoint: "09-004" },
  TFoot: { parents: ["Table"], checkpoint: "09-004" },
  TOCI: { parents: ["TOC"], checkpoint: "09-006" },
};

const nameOf = (o: PDFObject | undefined): string | undefined => (o instanceof PDFName ? o.decodeText() : undefined);
const textOf = (o: PDFObject | undefined): string | undefined => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);
const numberOf = (o: PDFObject | undefined): number | undefined => (o instanceof PDFNumber ? o.asNumber() : undefined);
const K = (n: string): PDFName => PDFName.of(n);

/** A kid of an element, as read: marked content, an annotation, or an element. */
type Kid =
  | { readonly kind: "mcid"; readonly page: number; readonly mcid: number }
  | { readonly kind: "objr"; readonly page: number; readonly ref: PDFRef | undefined }
  | { readonly kind: "element"; readonly element: Element };

interface Element {
  readonly dict: PDFDict;
  readonly type: string;
  readonly role: string;
  readonly parent: Element | null;
  readonly kids: Kid[];
}

/** Collects failures, at most a few of each checkpoint per page (the rest counted). */
class Failures {
  readonly list: CheckFailure[] = [];
  private readonly counts = new Map<string, number>();

  add(checkpoint: CheckpointId, message: string, page?: number): void {
    const key = `${checkpoint}|${page ?? ""}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    if (n <= 3) this.list.push({ checkpoint, message, ...(page === undefined ? {} : { page }) });
  }
}

/** The bytes of a stream, decoded (Flate and the other filters pdf-lib knows). */
function streamBytes(stream: PDFObject | undefined): Uint8Array | undefined {
  if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
  if (stream instanceof PDFStream) return stream.getContents();
  return undefined;
}

/** A page's content streams, concatenated with a space between them (ISO 32000-1 §7.8.2). */
function pageContent(pdf: PDFDocument, page: PDFPage): Uint8Array {
  const contents = page.node.get(K("Contents"));
  const resolved = contents instanceof PDFRef ? pdf.context.lookup(contents) : contents;
  const parts: Uint8Array[] = [];
  if (resolved instanceof PDFArray) {
    for (let i = 0; i < resolved.size(); i++) {
      const b = streamBytes(resolved.lookup(i));
      if (b) parts.push(b, Uint8Array.of(0x20));
    }
  } else {
    const b = streamBytes(resolved);
    if (b) parts.push(b);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The entries of a number tree (the parent tree), key → value. */
function numberTree(node: PDFDict | undefined, out = new Map<number, PDFObject>(), depth = 0): Map<number, PDFObject> {
  if (node === undefined || depth > 32) return out;
  const nums = node.lookupMaybe(K("Nums"), PDFArray);
  if (nums) {
    for (let i = 0; i + 1 < nums.size(); i += 2) {
      const key = numberOf(nums.lookup(i));
      const value = nums.get(i + 1);
      if (key !== undefined && value !== undefined) out.set(key, value);
    }
  }
  const kids = node.lookupMaybe(K("Kids"), PDFArray);
  if (kids) for (let i = 0; i < kids.size(); i++) numberTree(kids.lookupMaybe(i, PDFDict), out, depth + 1);
  return out;
}

interface FontInfo {
  readonly map: UnicodeMap | null;
  readonly codeBytes: number;
  readonly composite: boolean;
}

/** What the checker needs of a font: its Unicode map and code length; checks that its program is embedded. */
function fontInfo(font: PDFDict, name: string, page: number, failures: Failures): FontInfo {
  const subtype = nameOf(font.lookup(K("Subtype")));
  const composite = subtype === "Type0";
  const descendant = composite ? font.lookupMaybe(K("DescendantFonts"), PDFArray)?.lookupMaybe(0, PDFDict) : font;
  const descriptor = descendant?.lookupMaybe(K("FontDescriptor"), PDFDict);
  if (subtype !== "Type3" && (descriptor === undefined || !["FontFile", "FontFile2", "FontFile3"].some((k) => descriptor.has(K(k))))) {
    failures.add("fonts-embedded", `La police ${name} n’est pas incorporée (pas de FontFile dans son descripteur).`, page);
  }
  const cmap = streamBytes(font.lookup(K("ToUnicode")));
  const map = cmap === undefined ? null : parseToUnicode(cmap);
  return { map, codeBytes: composite ? (map?.codeBytes ?? 2) : 1, composite };
}

/** The character codes of a string shown with a font. */
function codesOf(bytes: Uint8Array, codeBytes: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + codeBytes <= bytes.length; i += codeBytes) {
    let v = 0;
    for (let k = 0; k < codeBytes; k++) v = v * 256 + (bytes[i + k] ?? 0);
    out.push(v);
  }
  return out;
}

const strings = (operands: readonly Operand[]): Uint8Array[] => {
  const out: Uint8Array[] = [];
  for (const o of operands) {
    if (o.kind === "string") out.push(o.bytes);
    else if (o.kind === "array") for (const item of o.items) if (item.kind === "string") out.push(item.bytes);
  }
  return out;
};

/**
 * Checks a tagged PDF against the machine-checkable conditions of PDF/UA-1 (the Matterhorn
 * Protocol's failure conditions and ISO 14289-1 clauses listed in `CHECKPOINTS`) that
 * apply to what `@pacte/pdf` produces: every piece of content tagged or an artifact and never
 * both (01-003, 01-004, 01-005), MCIDs and the parent tree agreeing, `/MarkInfo /Marked true`
 * without suspects, standard structure types, XMP with `pdfuaid:part 1` and a title,
 * `DisplayDocTitle`, list, table and table-of-contents elements where they belong, every
 * character mapped to Unicode (no `.notdef`), `/Lang`, figures with alternative text, headings
 * from `H1` without skipping a level, tables with header cells that have a `/Scope`, links and
 * signature fields in `Link` and `Form` elements and described, `/Tabs /S`, fonts embedded. It
 * reads the file with pdf-lib only (runs in a browser too) and returns what it found, with the
 * structure tree and its text in reading order; it does not throw on a malformed file (that is a
 * failure too).
 *
 * It is not a full PDF/UA validator: what needs a person (is the alternative text right, is the
 * reading order the visual one) and what we never produce (optional content, forms other than
 * signature fields, notes, formulas) are not checked. See the README for the list.
 *
 * @example
 * const report = await checkTaggedPdf(await renderPdf(doc));
 * report.ok //=> true
 * report.root?.children.map((e) => e.role) //=> ["P", "TOC", "H1", "P", "Table", "Div", "Div"]
 */
export async function checkTaggedPdf(bytes: Uint8Array): Promise<TaggedPdfReport> {
  const failures = new Failures();
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (e) {
    failures.add("tagged", `Fichier illisible : ${e instanceof Error ? e.message : String(e)}`);
    return { ok: false, failures: failures.list, root: null, text: "", pageTexts: [] };
  }
  const context = pdf.context;
  const catalog = pdf.catalog;
  const pages = pdf.getPages();
  const pageIndex = new Map<string, number>(pages.map((p, i) => [p.ref.toString(), i]));
  const pageOf = (o: PDFObject | undefined): number => (o instanceof PDFRef ? (pageIndex.get(o.toString()) ?? -1) : -1);

  // --- Document-level entries -----------------------------------------------------------------
  const markInfo = catalog.lookupMaybe(K("MarkInfo"), PDFDict);
  const marked = markInfo?.lookup(K("Marked"));
  if (!(marked instanceof PDFBool && marked.asBoolean())) failures.add("tagged", "Le catalogue n’a pas /MarkInfo << /Marked true >> : le PDF ne se déclare pas balisé.");
  const suspects = markInfo?.lookup(K("Suspects"));
  if (suspects instanceof PDFBool && suspects.asBoolean()) failures.add("01-007", "/MarkInfo /Suspects vaut true.");
  const lang = textOf(catalog.lookup(K("Lang")));
  if (lang === undefined || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) failures.add("11-006", "Le catalogue n’a pas de /Lang (la langue du document) valide.");
  const prefs = catalog.lookupMaybe(K("ViewerPreferences"), PDFDict);
  const display = prefs?.lookup(K("DisplayDocTitle"));
  if (!(display instanceof PDFBool && display.asBoolean())) failures.add("07-001", "/ViewerPreferences n’a pas /DisplayDocTitle true : la fenêtre affiche le nom du fichier, pas le titre.");
  const xmpBytes = streamBytes(catalog.lookup(K("Metadata")));
  if (xmpBytes === undefined) failures.add("06-001", "Pas de métadonnées XMP dans le catalogue.");
  else {
    const xmp = Array.from(xmpBytes, (b) => String.fromCharCode(b)).join(""); // (the tags are ASCII: Latin-1 reads them)
    if (!/<pdfuaid:part>\s*1\s*<\/pdfuaid:part>|pdfuaid:part\s*=\s*["']1["']/.test(xmp)) failures.add("06-002", "Les métadonnées XMP ne déclarent pas pdfuaid:part 1.");
    const title = /<dc:title>[\s\S]*?<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/.exec(xmp)?.[1]?.trim() ?? "";
    if (title === "") failures.add("06-003", "Les métadonnées XMP n’ont pas de dc:title.");
  }

  // --- The structure tree ---------------------------------------------------------------------
  const treeRoot = catalog.lookupMaybe(K("StructTreeRoot"), PDFDict);
  if (treeRoot === undefined) failures.add("tagged", "Pas d’arbre de structure (/StructTreeRoot).");
  const roleMap = treeRoot?.lookupMaybe(K("RoleMap"), PDFDict);
  const resolveRole = (type: string): string => {
    let role = type;
    for (let i = 0; i < 16 && !STANDARD_TYPES.has(role); i++) {
      const mapped = nameOf(roleMap?.lookup(K(role)));
      if (mapped === undefined) break;
      role = mapped;
    }
    return role;
  };
  const seen = new Set<PDFDict>();
  const elements: Element[] = [];
  const mcidOwner = new Map<string, Element>();
  const readElement = (dict: PDFDict, parent: Element | null, depth: number): Element | undefined => {
    if (seen.has(dict) || depth > 256) {
      failures.add("parent-tree", "L’arbre de structure a un cycle ou une profondeur excessive.");
      return undefined;
    }
    seen.add(dict);
    const type = nameOf(dict.lookup(K("S"))) ?? "";
    const role = resolveRole(type);
    if (!STANDARD_TYPES.has(role)) failures.add("02-001", `Type de structure « ${type} » ni standard ni associé à un type standard (/RoleMap).`);
    const element: Element = { dict, type, role, parent, kids: [] };
    elements.push(element);
    const pg = pageOf(dict.get(K("Pg")));
    const k = dict.lookup(K("K"));
    const items: PDFObject[] = k instanceof PDFArray ? k.asArray() : k === undefined ? [] : [dict.get(K("K")) ?? k];
    for (const raw of items) {
      const item = raw instanceof PDFRef ? context.lookup(raw) : raw;
      if (item instanceof PDFNumber) {
        element.kids.push({ kind: "mcid", page: pg, mcid: item.asNumber() });
      } else if (item instanceof PDFDict) {
        const t = nameOf(item.lookup(K("Type")));
        if (t === "MCR") {
          const page = item.has(K("Pg")) ? pageOf(item.get(K("Pg"))) : pg;
          element.kids.push({ kind: "mcid", page, mcid: numberOf(item.lookup(K("MCID"))) ?? -1 });
        } else if (t === "OBJR") {
          const obj = item.get(K("Obj"));
          element.kids.push({ kind: "objr", page: item.has(K("Pg")) ? pageOf(item.get(K("Pg"))) : pg, ref: obj instanceof PDFRef ? obj : undefined });
        } else {
          const child = readElement(item, element, depth + 1);
          if (child) element.kids.push({ kind: "element", element: child });
        }
      }
    }
    for (const kid of element.kids) {
      if (kid.kind !== "mcid") continue;
      const key = `${kid.page}:${kid.mcid}`;
      if (kid.page < 0) failures.add("parent-tree", `Un ${type} référence du contenu marqué sans page (/Pg).`);
      else if (mcidOwner.has(key)) failures.add("parent-tree", `Le contenu marqué ${kid.mcid} de la page ${kid.page + 1} appartient à deux éléments.`, kid.page);
      else mcidOwner.set(key, element);
    }
    return element;
  };
  const tops: Element[] = [];
  if (treeRoot) {
    const k = treeRoot.lookup(K("K"));
    const items: PDFObject[] = k instanceof PDFArray ? k.asArray().map((x) => (x instanceof PDFRef ? context.lookup(x) ?? x : x)) : k === undefined ? [] : [k];
    for (const item of items) {
      if (item instanceof PDFDict) {
        const e = readElement(item, null, 0);
        if (e) tops.push(e);
      }
    }
  }
  if (treeRoot && tops.length === 0) failures.add("tagged", "L’arbre de structure est vide.");

  // --- Page content: every painting operator tagged or an artifact ----------------------------
  const parentTree = numberTree(treeRoot?.lookupMaybe(K("ParentTree"), PDFDict));
  const contentText = new Map<string, string>();
  const contentMcids = new Set<string>();
  pages.forEach((page, p) => {
    const resources = page.node.Resources();
    const fontDict = resources?.lookupMaybe(K("Font"), PDFDict);
    const properties = resources?.lookupMaybe(K("Properties"), PDFDict);
    const fonts = new Map<string, FontInfo>();
    const fontNamed = (name: string): FontInfo | undefined => {
      let f = fonts.get(name);
      if (f === undefined) {
        const dict = fontDict?.lookupMaybe(K(name), PDFDict);
        if (dict === undefined) return undefined;
        f = fontInfo(dict, name, p, failures);
        fonts.set(name, f);
      }
      return f;
    };
    const structParents = numberOf(page.node.lookup(K("StructParents")));
    const pageParents = structParents === undefined ? undefined : parentTree.get(structParents);
    const parentArray = pageParents instanceof PDFRef ? context.lookup(pageParents) : pageParents;
    const stack: { readonly artifact: boolean; readonly mcid: number | null }[] = [];
    let font: FontInfo | undefined;
    let operators: ReturnType<typeof contentOperators>;
    try {
      operators = contentOperators(pageContent(pdf, page));
    } catch (e) {
      failures.add("tagged", `Contenu de la page illisible : ${e instanceof Error ? e.message : String(e)}`, p);
      return;
    }
    for (const op of operators) {
      const o = op.operator;
      if (o === "BMC" || o === "BDC") {
        const tag = op.operands[0]?.kind === "name" ? op.operands[0].value : "";
        let props = op.operands[1];
        if (props?.kind === "name") {
          const resolved = properties?.lookupMaybe(K(props.value), PDFDict);
          const mcid = numberOf(resolved?.lookup(K("MCID")));
          props = mcid === undefined ? undefined : { kind: "dict", entries: new Map([["MCID", { kind: "number", value: mcid }]]) };
        }
        const mcidOperand = props?.kind === "dict" ? props.entries.get("MCID") : undefined;
        const mcid = mcidOperand?.kind === "number" ? mcidOperand.value : null;
        const artifact = tag === "Artifact";
        if (artifact && stack.some((s) => s.mcid !== null)) failures.add("01-003", "Un artefact est marqué à l’intérieur d’un contenu balisé.", p);
        if (mcid !== null && stack.some((s) => s.artifact)) failures.add("01-004", "Un contenu balisé est marqué à l’intérieur d’un artefact.", p);
        stack.push({ artifact, mcid });
        if (mcid !== null) {
          const key = `${p}:${mcid}`;
          if (contentMcids.has(key)) failures.add("parent-tree", `Le MCID ${mcid} apparaît deux fois dans le contenu de la page ${p + 1}.`, p);
          contentMcids.add(key);
          const owner = mcidOwner.get(key);
          if (owner === undefined) failures.add("parent-tree", `Le contenu marqué ${mcid} (/${tag}) de la page ${p + 1} n’appartient à aucun élément de l’arbre.`, p);
          const listed = parentArray instanceof PDFArray ? parentArray.lookup(mcid) : undefined;
          if (owner !== undefined && listed !== owner.dict) failures.add("parent-tree", `L’arbre parent (/ParentTree) ne renvoie pas le contenu marqué ${mcid} de la page ${p + 1} à son élément.`, p);
        }
        continue;
      }
      if (o === "EMC") {
        stack.pop();
        continue;
      }
      if (o === "Tf") {
        const name = op.operands[0]?.kind === "name" ? op.operands[0].value : "";
        font = fontNamed(name);
        continue;
      }
      if (!PAINTING.has(o)) continue;
      const artifact = stack.some((s) => s.artifact);
      const mcid = [...stack].reverse().find((s) => s.mcid !== null)?.mcid ?? null;
      if (!artifact && mcid === null) failures.add("01-005", `Contenu (${o}) ni balisé ni marqué comme artefact.`, p);
      if (!TEXT_SHOWING.has(o)) continue;
      let text = "";
      for (const s of strings(op.operands)) {
        for (const code of codesOf(s, font?.codeBytes ?? 1)) {
          const unicode = font?.map?.codes.get(code);
          if (font?.composite === true && code === 0) failures.add("10-001", "Un glyphe .notdef (code 0) est dessiné.", p);
          else if (unicode === undefined || unicode === "" || /^[\u0000\uFEFF\uFFFE]+$/.test(unicode)) {
            failures.add("10-001", `Le code ${code.toString(16).toUpperCase().padStart(4, "0")} ne correspond à aucun caractère Unicode (/ToUnicode).`, p);
          } else text += unicode;
        }
      }
      if (mcid !== null && !artifact) {
        const key = `${p}:${mcid}`;
        contentText.set(key, (contentText.get(key) ?? "") + text);
      }
    }
    if (stack.length > 0) failures.add("01-005", "Une séquence de contenu marqué n’est pas refermée (EMC manquant).", p);
  });
  for (const key of mcidOwner.keys()) {
    if (!contentMcids.has(key)) failures.add("parent-tree", `L’arbre référence le contenu marqué ${key.split(":")[1]} de la page ${Number(key.split(":")[0]) + 1}, absent du contenu.`);
  }

  // --- Annotations ------------------------------------------------------------------------------
  const objrOwner = new Map<string, Element>();
  for (const e of elements) for (const kid of e.kids) if (kid.kind === "objr" && kid.ref) objrOwner.set(kid.ref.toString(), e);
  pages.forEach((page, p) => {
    const annots = page.node.lookupMaybe(K("Annots"), PDFArray);
    if (annots === undefined || annots.size() === 0) return;
    const tabs = nameOf(page.node.lookup(K("Tabs")));
    if (tabs === undefined) failures.add("28-008", `La page ${p + 1} a des annotations mais pas de /Tabs.`, p);
    else if (tabs !== "S") failures.add("28-009", `La page ${p + 1} a /Tabs /${tabs} au lieu de /S (l’ordre de la structure).`, p);
    for (let i = 0; i < annots.size(); i++) {
      const ref = annots.get(i);
      const annot = annots.lookupMaybe(i, PDFDict);
      if (annot === undefined) continue;
      const subtype = nameOf(annot.lookup(K("Subtype"))) ?? "";
      if (subtype === "Popup" || subtype === "PrinterMark") continue;
      const owner = ref instanceof PDFRef ? objrOwner.get(ref.toString()) : undefined;
      const key = numberOf(annot.lookup(K("StructParent")));
      const listed = key === undefined ? undefined : parentTree.get(key);
      const listedDict = listed instanceof PDFRef ? context.lookup(listed) : listed;
      if (owner !== undefined ? listedDict !== owner.dict : listedDict !== undefined) {
        failures.add("parent-tree", `L’annotation ${subtype} de la page ${p + 1} n’a pas de /StructParent qui mène à l’élément qui la tient.`, p);
      }
      if (subtype === "Link") {
        if (owner?.role !== "Link") failures.add("28-011", `Un lien de la page ${p + 1} n’est dans aucun élément Link.`, p);
        if ((textOf(annot.lookup(K("Contents"))) ?? "").trim() === "") failures.add("28-012", `Un lien de la page ${p + 1} n’a pas de description (/Contents).`, p);
      } else if (subtype === "Widget") {
        if (owner?.role !== "Form") failures.add("28-010", `Un champ de formulaire de la page ${p + 1} n’est dans aucun élément Form.`, p);
        let field: PDFDict | undefined = annot;
        let tu: string | undefined;
        for (let d = 0; field !== undefined && d < 16 && tu === undefined; d++) {
          tu = textOf(field.lookup(K("TU")));
          field = field.lookupMaybe(K("Parent"), PDFDict);
        }
        if ((tu ?? "").trim() === "" && (textOf(owner?.dict.lookup(K("Alt"))) ?? "").trim() === "") {
          failures.add("28-005", `Un champ de formulaire de la page ${p + 1} n’a ni /TU ni texte alternatif.`, p);
        }
      } else if (owner === undefined) {
        failures.add("28-002", `Une annotation ${subtype} de la page ${p + 1} n’est dans aucun élément de structure.`, p);
      }
    }
  });

  // --- Elements: alternative text, headings, tables, nesting ------------------------------------
  let previousHeading = 0;
  let firstHeading = true;
  const pageTexts = pages.map(() => "");
  const info = (e: Element): StructElementInfo => {
    const a = e.dict.lookup(K("A"));
    const attributes: PDFDict[] = a instanceof PDFDict ? [a] : a instanceof PDFArray ? a.asArray().flatMap((x) => {
      const d = x instanceof PDFRef ? context.lookup(x) : x;
      return d instanceof PDFDict ? [d] : [];
    }) : [];
    const attribute = (key: string): PDFObject | undefined => attributes.map((d) => d.lookup(K(key))).find((v) => v !== undefined);
    const scope = nameOf(attribute("Scope"));
    const colSpan = numberOf(attribute("ColSpan"));
    const alt = textOf(e.dict.lookup(K("Alt")));
    const elLang = textOf(e.dict.lookup(K("Lang")));
    const heading = /^H([1-6])$/.exec(e.role);
    if (heading) {
      const level = Number(heading[1]);
      if (firstHeading && level !== 1) failures.add("14-002", `Le premier titre est un ${e.role}, pas un H1.`);
      else if (!firstHeading && level > previousHeading + 1) failures.add("14-003", `Un ${e.role} suit un H${previousHeading} : un niveau de titre est sauté.`);
      firstHeading = false;
      previousHeading = level;
    }
    const allowed = ALLOWED_PARENTS[e.role];
    if (allowed !== undefined && !allowed.parents.includes(e.parent?.role ?? "")) {
      failures.add(allowed.checkpoint, `Un ${e.role} est placé dans un ${e.parent?.role ?? "(racine)"} au lieu de ${allowed.parents.join(" ou ")}.`);
    }
    if ((e.role === "Figure" || e.role === "Formula") && (alt ?? "").trim() === "" && (textOf(e.dict.lookup(K("ActualText"))) ?? "").trim() === "") {
      failures.add("13-004", `Un élément ${e.role} n’a pas de texte alternatif (/Alt).`);
    }
    if (e.role === "TH" && scope === undefined && !e.dict.has(K("ID"))) failures.add("15-003", "Une cellule d’en-tête TH n’a pas d’attribut /Scope.");
    const children: StructElementInfo[] = [];
    const annotations: string[] = [];
    let text = "";
    // (Content of the element after a block child — a figure's drawing after its caption — starts a new line, as a block child after content does.)
    let afterBlock = false;
    for (const kid of e.kids) {
      if (kid.kind === "mcid") {
        const own = contentText.get(`${kid.page}:${kid.mcid}`) ?? "";
        text += afterBlock && own !== "" ? `\n${own}` : own;
        if (own !== "") afterBlock = false;
        if (kid.page >= 0 && kid.page < pageTexts.length) pageTexts[kid.page] += own;
      }
      else if (kid.kind === "objr") {
        const annot = kid.ref === undefined ? undefined : context.lookup(kid.ref);
        annotations.push(annot instanceof PDFDict ? (nameOf(annot.lookup(K("Subtype"))) ?? "?") : "?");
      } else {
        const child = info(kid.element);
        children.push(child);
        text += INLINE_TYPES.has(child.role) || text === "" ? child.text : `\n${child.text}`;
        afterBlock = !INLINE_TYPES.has(child.role);
      }
    }
    if (e.role === "Table") {
      const has = (role: string) => (x: StructElementInfo): boolean => x.role === role || x.children.some(has(role));
      if (children.some(has("TD")) && !children.some(has("TH"))) {
        failures.add("table-headers", "Un tableau a des cellules de données (TD) mais aucune cellule d’en-tête (TH) : rien n’annonce ce que contiennent ses cellules.");
      }
    }
    return {
      type: e.type,
      role: e.role,
      ...(alt === undefined ? {} : { alt }),
      ...(elLang === undefined ? {} : { lang: elLang }),
      ...(scope === undefined ? {} : { scope }),
      ...(colSpan === undefined ? {} : { colSpan }),
      text,
      children,
      annotations,
    };
  };
  const infos = tops.map(info);
  const root: StructElementInfo | null =
    infos.length === 1 ? (infos[0] ?? null) : infos.length === 0 ? null : { type: "", role: "", text: infos.map((i) => i.text).join("\n"), children: infos, annotations: [] };

  return { ok: failures.list.length === 0, failures: failures.list, root, text: root?.text ?? "", pageTexts };
}

