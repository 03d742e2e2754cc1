import { Document, FileChild, Packer, type File } from "docx";
import { writeXml } from "./xml-writer";

/** The part of docx's `Formatter` the compiler calls: a component to a tree of plain objects. */
interface Formatter {
  format(input: unknown, context?: unknown): object;
}
/** The part of docx's (private) `Compiler` this module uses. */
interface Compiler {
  formatter: Formatter;
  compile(file: File, prettify: undefined, overrides: readonly Override[]): Map<string, string | Uint8Array>;
}
/** An override of a part of the package, as `Packer.pack` takes it. */
interface Override {
  readonly path: string;
  readonly data: string | Uint8Array;
}
type Pack = (file: File, type: "uint8array", prettify: false, overrides: readonly Override[]) => Promise<Uint8Array>;

/**
 * A body element whose formatter tree is the one given, as it is: what the self-check (with
 * {@link PROBE_TREE}) and the tests compile with both compilers.
 *
 * @example
 * new Document({ sections: [{ children: [new GivenTree({ "w:p": [] })] }] })
 */
export class GivenTree extends FileChild {
  private readonly tree: object;
  constructor(tree: object) {
    super("w:p");
    this.tree = tree;
  }
  override prepForXml(): object {
    return this.tree;
  }
}

/**
 * The tree the self-check compiles: every case of docx's serializer — attributes among the
 * children, a text after an element (which replaces it), empty arrays and objects, `null`,
 * CDATA, numbers, booleans, characters to escape and control characters to drop, an element
 * with an empty name.
 */
export const PROBE_TREE: object = {
  "w:p": [
    { _attr: { "w:a": `x<"&'>\u0001y`, "w:n": 3 } },
    { "w:r": [{ "w:t": [{ _attr: { "xml:space": "preserve" } }, "a & b < c"] }] },
    { "w:x": [] },
    { "w:y": {} },
    { "w:z": null },
    { "w:c": { _attr: { v: true }, _cdata: "d]]>e" } },
    { "w:dropped": [] },
    "text that replaces the element before it",
    { _attr: { "w:late": "attribute" } },
    { "w:num": 12.5 },
    { "": [{ "w:inner": [] }] },
    { "w:u": undefined },
    { "w:list": [1, false, "\u0008last"] },
  ],
};

/** docx's compiler, the one `Packer` shares with the rest of the program. */
const docxCompiler = (): Compiler => (Packer as unknown as { compiler: Compiler }).compiler;

/**
 * A compiler of docx's own class whose formatter hands docx's serializer each part already
 * written by `writeXml`: an element with an empty name whose only content is a function that
 * gives the XML as its string. docx's serializer writes an element with an empty name as its
 * content alone, and a content that is neither a string nor an object as `String` gives it, so
 * it writes that XML unchanged.
 */
function makeFastCompiler(): Compiler {
  const shared = docxCompiler();
  const own = new (shared.constructor as new () => Compiler)();
  const docxFormatter = own.formatter;
  own.formatter = {
    format(input: unknown, context?: unknown): object {
      const xml = writeXml(docxFormatter.format(input, context));
      const written = (): string => xml;
      written.toString = written;
      return { "": written };
    },
  };
  return own;
}

/** Whether two compilations gave the same parts, byte for byte, in the same order. */
function sameParts(a: Map<string, string | Uint8Array>, b: Map<string, string | Uint8Array>): boolean {
  if (a.size !== b.size) return false;
  const left = [...a];
  const right = [...b];
  return left.every(([path, data], i) => {
    const other = right[i];
    if (other === undefined || other[0] !== path) return false;
    const data2 = other[1];
    if (typeof data === "string" || typeof data2 === "string") return data === data2;
    return data.length === data2.length && data.every((byte, k) => byte === data2[k]);
  });
}

/**
 * Compiles a file with docx's compiler (`fast: false`) or the fast one, without zipping: for the
 * tests that compare the two. `undefined` when the fast compiler cannot be made with this
 * version of docx.
 *
 * @example
 * compileWith(file, true)?.get("word/document.xml") // the document part, as packFast writes it
 */
export function compileWith(file: File, fast: boolean): Map<string, string | Uint8Array> | undefined {
  const compiler = fast ? fastCompiler() : docxCompiler();
  return compiler?.compile(file, undefined, []);
}

let checked: Compiler | null | undefined;

/**
 * The fast compiler, once it has written the probe exactly as docx's own does; `null` when it
 * cannot be made or writes anything differently (another version of docx), in which case
 * {@link packFast} uses docx's `Packer` as it is.
 */
function fastCompiler(): Compiler | null {
  if (checked !== undefined) return checked;
  try {
    const fast = makeFastCompiler();
    // One file compiled twice: docx dates a file's properties when it is made.
    const probe = new Document({ sections: [{ children: [new GivenTree(PROBE_TREE)] }] });
    checked = sameParts(fast.compile(probe, undefined, []), docxCompiler().compile(probe, undefined, [])) ? fast : null;
  } catch {
    checked = null;
  }
  return checked;
}

/**
 * `Packer.pack(file, "uint8array", false, overrides)` with each XML part written by `writeXml`
 * instead of docx's own serializer: the same bytes, with less memory at the peak of a long
 * document (a sixth less resident memory for 800 pages).
 *
 * Why: in `docx` 9.15.2, writing a part first turns the tree its `Formatter` gives into another
 * tree (the tag, the attribute strings and the content of every element), then writes that
 * tree as one string per element, joined into its parent's. For the document part of a long
 * contract, that second tree and those strings come on top of everything else the render holds:
 * a 1 000-action contract of 800 pages did not fit in 1 GB of heap; now it does. `writeXml`
 * walks the formatter's tree once into one string.
 *
 * It uses a compiler of its own, of docx's class, and calls `Packer.pack` with it: docx's
 * `Packer` and every other use of docx in the program are left as they are. Before its first
 * use, it compiles a probe holding every case of docx's serializer with both compilers; if the
 * two differ (a docx whose serializer changed), docx's own is used. Only unindented XML is
 * written this way, as `renderDocx` asks for.
 *
 * @example
 * const bytes = await packFast(new Document({ sections: [{ children: [] }] }), []);
 * bytes.subarray(0, 2) //=> Uint8Array [ 80, 75 ] ("PK", a zip)
 */
export function packFast(file: File, overrides: readonly Override[]): Promise<Uint8Array> {
  const pack = Packer.pack as unknown as Pack;
  const fast = fastCompiler();
  return fast === null ? pack.call(Packer, file, "uint8array", false, overrides) : pack.call({ compiler: fast }, file, "uint8array", false, overrides);
}
