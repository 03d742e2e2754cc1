// Reads PDFs back in tests: poppler's pdftotext / pdffonts / pdfinfo and qpdf --check through
// child_process, and pdf-lib for structure (outline, AcroForm fields, annotations).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
} from "../src/internal/pdf-lib";

/** Whether a command-line tool is installed (tests that need it are skipped with a message otherwise). */
export function hasTool(tool: string): boolean {
  return spawnSync("which", [tool]).status === 0;
}

function withFile<T>(bytes: Uint8Array, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "pacte-pdf-"));
  const path = join(dir, "doc.pdf");
  writeFileSync(path, bytes);
  try {
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text of a PDF as pdftotext reads it, one string per page: in poppler's reading order, in
 * physical layout (`true` / "layout": table rows read across), or in content-stream order
 * ("raw": the order the engine drew, cell after cell).
 */
export function pdfText(bytes: Uint8Array, mode: boolean | "reading" | "layout" | "raw" = "reading"): string[] {
  const flag = mode === true || mode === "layout" ? ["-layout"] : mode === "raw" ? ["-raw"] : [];
  return withFile(bytes, (path) =>
    execFileSync("pdftotext", [...flag, "-enc", "UTF-8", path, "-"], { encoding: "utf8", maxBuffer: 1 << 28 })
      .split("\f")
      .slice(0, -1),
  );
}

/** The fonts of a PDF as pdffonts lists them. */
export function pdfFonts(bytes: Uint8Array): { name: string; type: string; embedded: boolean; subset: boolean; unicode: boolean }[] {
  return withFile(bytes, (path) => {
    const lines = execFileSync("pdffonts", [path], { encoding: "utf8" }).split("\n").slice(2).filter((l) => l.trim() !== "");
    return lines.map((l) => {
      const parts = l.trim().split(/\s+/);
      const n = parts.length;
      return {
        name: parts[0] ?? "",
        type: parts.slice(1, n - 6).join(" "),
        embedded: parts[n - 5] === "yes",
        subset: parts[n - 4] === "yes",
        unicode: parts[n - 3] === "yes",
      };
    });
  });
}

/** pdfinfo's fields. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  return withFile(bytes, (path) => {
    const out: Record<string, string> = {};
    for (const line of execFileSync("pdfinfo", [path], { encoding: "utf8" }).split("\n")) {
      const i = line.indexOf(":");
      if (i > 0) out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
    return out;
  });
}

/**
 * The text `pdfinfo -struct-text` prints for a tagged PDF: every quoted string of its structure
 * tree, in the order of the tree (reading order), artifacts left out.
 */
export function pdfStructText(bytes: Uint8Array): string[] {
  return withFile(bytes, (path) =>
    execFileSync("pdfinfo", ["-struct-text", path], { encoding: "utf8", maxBuffer: 1 << 28 })
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.length >= 2 && line.startsWith('"') && line.endsWith('"'))
      .map((line) => line.slice(1, -1)),
  );
}

/**
 * The structure tree as `pdfinfo -struct` prints it: one entry per element, its type and depth
 * (attribute lines such as `/BBox […]` left out).
 */
export function pdfStructElements(bytes: Uint8Array): { role: string; depth: number }[] {
  return withFile(bytes, (path) =>
    execFileSync("pdfinfo", ["-struct", path], { encoding: "utf8", maxBuffer: 1 << 28 })
      .split("\n")
      .filter((line) => /^ *[A-Z][A-Za-z0-9]*( \(block\)| \(inline\))?:?$/.test(line))
      .map((line) => ({ role: line.trim().replace(/( \((block|inline)\))?:?$/, ""), depth: (line.length - line.trimStart().length) / 2 })),
  );
}

/** qpdf --check: exit status and output. */
export function qpdfCheck(bytes: Uint8Array): { status: number | null; output: string } {
  return withFile(bytes, (path) => {
    const r = spawnSync("qpdf", ["--check", path], { encoding: "utf8" });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  });
}

const text = (v: unknown): string =>
  v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : v instanceof PDFName ? v.decodeText() : "";

/** The structure the tests look at, read with pdf-lib. */
export interface PdfStructure {
  readonly pageCount: number;
  readonly outline: { title: string; depth: number; pageIndex: number; top: number }[];
  readonly signatureFields: { name: string; pageIndex: number; rect: [number, number, number, number] }[];
  readonly links: { pageIndex: number; rect: [number, number, number, number]; uri?: string; destPage?: number }[];
  readonly catalogKeys: string[];
  readonly lang: string;
}

/**
 * Reads outline entries, signature fields and link annotations from PDF bytes.
 */
export async function pdfStructure(bytes: Uint8Array): Promise<PdfStructure> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = pdf.getPages();
  const pageIndex = (ref: unknown): number => pages.findIndex((p) => ref instanceof PDFRef && p.ref === ref);
  const ctx = pdf.context;
  const resolve = (v: unknown): unknown => (v instanceof PDFRef ? ctx.lookup(v) : v);
  const rectOf = (v: unknown): [number, number, number, number] => {
    const arr = resolve(v);
    if (!(arr instanceof PDFArray)) return [0, 0, 0, 0];
    const n = (i: number): number => {
      const x = resolve(arr.get(i));
      return x instanceof PDFNumber ? x.asNumber() : 0;
    };
    return [n(0), n(1), n(2), n(3)];
  };

  const outline: PdfStructure["outline"] = [];
  const outlines = resolve(pdf.catalog.get(PDFName.of("Outlines")));
  const walk = (item: unknown, depth: number): void => {
    let node = resolve(item);
    while (node instanceof PDFDict) {
      const dest = resolve(node.get(PDFName.of("Dest")));
      let page = -1;
      let top = 0;
      if (dest instanceof PDFArray) {
        page = pageIndex(dest.get(0));
        const t = resolve(dest.get(3));
        top = t instanceof PDFNumber ? t.asNumber() : 0;
      }
      outline.push({ title: text(resolve(node.get(PDFName.of("Title")))), depth, pageIndex: page, top });
      walk(node.get(PDFName.of("First")), depth + 1);
      node = resolve(node.get(PDFName.of("Next")));
    }
  };
  if (outlines instanceof PDFDict) walk(outlines.get(PDFName.of("First")), 0);

  const signatureFields: PdfStructure["signatureFields"] = [];
  const acro = resolve(pdf.catalog.get(PDFName.of("AcroForm")));
  const visitField = (ref: unknown, prefix: string): void => {
    const field = resolve(ref);
    if (!(field instanceof PDFDict)) return;
    const partial = text(resolve(field.get(PDFName.of("T"))));
    const name = prefix === "" ? partial : `${prefix}.${partial}`;
    const kids = resolve(field.get(PDFName.of("Kids")));
    const ft = resolve(field.get(PDFName.of("FT")));
    if (kids instanceof PDFArray && !(ft instanceof PDFName && field.get(PDFName.of("Rect")))) {
      for (let i = 0; i < kids.size(); i++) visitField(kids.get(i), name);
      return;
    }
    if (ft instanceof PDFName && ft.asString() === "/Sig") {
      signatureFields.push({ name, pageIndex: pageIndex(field.get(PDFName.of("P"))), rect: rectOf(field.get(PDFName.of("Rect"))) });
    }
  };
  if (acro instanceof PDFDict) {
    const fields = resolve(acro.get(PDFName.of("Fields")));
    if (fields instanceof PDFArray) for (let i = 0; i < fields.size(); i++) visitField(fields.get(i), "");
  }

  const links: PdfStructure["links"] = [];
  pages.forEach((page, i) => {
    const annots = resolve(page.node.get(PDFName.of("Annots")));
    if (!(annots instanceof PDFArray)) return;
    for (let k = 0; k < annots.size(); k++) {
      const a = resolve(annots.get(k));
      if (!(a instanceof PDFDict)) continue;
      const sub = resolve(a.get(PDFName.of("Subtype")));
      if (!(sub instanceof PDFName) || sub.asString() !== "/Link") continue;
      const action = resolve(a.get(PDFName.of("A")));
      const dest = resolve(a.get(PDFName.of("Dest"))) ?? (action instanceof PDFDict ? resolve(action.get(PDFName.of("D"))) : undefined);
      const uri = action instanceof PDFDict ? text(resolve(action.get(PDFName.of("URI")))) : "";
      links.push({
        pageIndex: i,
        rect: rectOf(a.get(PDFName.of("Rect"))),
        ...(uri !== "" ? { uri } : {}),
        ...(dest instanceof PDFArray ? { destPage: pageIndex(dest.get(0)) } : {}),
      });
    }
  });
  const lang = text(resolve(pdf.catalog.get(PDFName.of("Lang"))));
  return {
    pageCount: pages.length,
    outline,
    signatureFields,
    links,
    catalogKeys: pdf.catalog.keys().map((k) => k.asString()),
    lang,
  };
}
