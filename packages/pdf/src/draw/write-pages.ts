import type { FontFace } from "../fonts/font-stack";
import { md5 } from "../internal/hash";
import { PDFDict, PDFNumber, fontkit, type PDFDocument, type PDFFont, type PDFImage, type PDFPage, type PDFRef } from "../internal/pdf-lib";
import { pdfName } from "../internal/pdf-values";
import type { DocumentLayout } from "../layout/layout-document";
import type { DrawItem } from "../layout/page-canvas";
import { pdfIssue } from "../pdf-issue";
import { type Issue, type Lang } from "@pacte/issues";
import type { ContentSlot, StructNode } from "../tagging/struct-node";
import { addExternalLink, addInternalLink } from "../pdf-objects/links";
import { addSignatureField } from "../pdf-objects/signature-field";
import { MarkedContent, writeStructureTree } from "../pdf-objects/structure-tree";
import { linkDescription } from "../tagging/link-description";
import { contentStream } from "./content-stream";
import { UsedCodePoints } from "./used-code-points";

/** OpenType features turned off when encoding: one glyph per character, as measured. */
const NO_SUBSTITUTION = { liga: false, clig: false, calt: false, ccmp: false, locl: false, dlig: false, rlig: false, mark: false, mkmk: false, kern: false };

/**
 * The subset tag of a face: six capital letters from a hash of its name and the characters it
 * draws, so the same subset always gets the same name and different subsets different ones.
 *
 * @example
 * subsetTag("PacteSans", [0x41, 0x42]) //=> "QZKMVA"
 */
export function subsetTag(postscriptName: string, codePoints: readonly number[]): string {
  const text = `${postscriptName}:${codePoints.join(",")}`;
  const bytes = new Uint8Array(Array.from(text, (c) => c.charCodeAt(0) & 0xff));
  const digest = md5(bytes);
  let tag = "";
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + ((digest[i] ?? 0) % 26));
  return tag;
}

interface EmbeddedFace {
  readonly font: PDFFont;
  readonly hex: Map<number, string>;
}

function usedCodePoints(layout: DocumentLayout): Map<FontFace, UsedCodePoints> {
  const used = new Map<FontFace, UsedCodePoints>();
  let lastFace: FontFace | null = null;
  let last: UsedCodePoints | null = null;
  for (const page of layout.pages) {
    for (const item of page.items) {
      if (item.kind !== "glyphs") continue; // (overlays hold no glyphs)
      const face = item.piece.face;
      if (face !== lastFace || last === null) {
        lastFace = face;
        last = used.get(face) ?? null;
        if (last === null) used.set(face, (last = new UsedCodePoints()));
      }
      if (item.replace !== null) for (const ch of item.replace) last.add(ch.codePointAt(0) ?? 0);
      else {
        const cps = item.piece.cps;
        for (let i = 0; i < cps.length; i++) last.add(cps[i] ?? 0);
      }
    }
  }
  return used;
}

/**
 * How {@link writePages} writes: tagged (PDF/UA: marked content, structure tree, described
 * links and fields, `/Tabs /S`) or not, and the language of the words it writes itself (link
 * descriptions: the document's, not the issues').
 *
 * @example
 * const options: WritePagesOptions = { tagged: true, textLang: "fr" };
 */
export interface WritePagesOptions {
  readonly tagged: boolean;
  readonly textLang: Lang;
}

/**
 * Writes a laid-out document into a pdf-lib document: embeds the faces used as subsets (with
 * deterministic names) and the images (once each), then adds one page per layout page with its
 * content stream, its `/Font` and `/XObject` resources, its link annotations (described in
 * `/Contents`) and its empty signature fields (described in `/TU`). Tagged, every content
 * stream's items are marked content of their element or artifacts, every annotation is held by
 * its element (`/StructParent`), pages with annotations have `/Tabs /S`, and the structure tree
 * is written (`writeStructureTree`). Returns the problems found (an image that cannot be decoded…).
 *
 * @example
 * const issues = await writePages(pdf, layout, "fr", { tagged: true, textLang: "fr" }); // pdf now has layout.pages.length pages
 */
export async function writePages(pdf: PDFDocument, layout: DocumentLayout, lang: Lang, options: WritePagesOptions = { tagged: true, textLang: lang }): Promise<Issue[]> {
  const marks = options.tagged ? new MarkedContent(layout.pages.length) : null;
  const issues: Issue[] = [];
  pdf.registerFontkit(fontkit);

  const faces = new Map<FontFace, EmbeddedFace>();
  const used = [...usedCodePoints(layout)].sort(([a], [b]) => a.index - b.index);
  for (const [face, set] of used) {
    const cps = set.sorted();
    const name = `${subsetTag(face.metrics.postscriptName, cps)}+${face.metrics.postscriptName}`;
    let font: PDFFont;
    try {
      font = await pdf.embedFont(face.bytes, { subset: true, customName: name, features: NO_SUBSTITUTION });
    } catch {
      issues.push(pdfIssue("pdf.font_invalid", ["options", "fonts"], { family: face.family, style: face.style }, lang));
      continue;
    }
    const hex = new Map<number, string>();
    const all = font.encodeText(String.fromCodePoint(...cps)).toString().replace(/[<>]/g, "");
    if (all.length === cps.length * 4) cps.forEach((cp, i) => hex.set(cp, all.slice(i * 4, i * 4 + 4)));
    else for (const cp of cps) hex.set(cp, font.encodeText(String.fromCodePoint(cp)).toString().replace(/[<>]/g, "").slice(0, 4));
    faces.set(face, { font, hex });
  }

  const images = new Map<Uint8Array, PDFImage | null>();
  for (const page of layout.pages) {
    for (const item of page.items) {
      if (item.kind !== "image" || images.has(item.image.data)) continue;
      try {
        const img = item.image.mimeType === "image/png" ? await pdf.embedPng(item.image.data) : await pdf.embedJpg(item.image.data);
        images.set(item.image.data, img);
      } catch (e) {
        images.set(item.image.data, null);
        const reason = e instanceof Error ? e.message.slice(0, 120) : String(e);
        issues.push(pdfIssue("pdf.image_invalid", [...item.path, "data"], { mimeType: item.image.mimeType, reason }, lang));
      }
    }
  }
  if (issues.length > 0) return issues;

  const pages: PDFPage[] = [];
  let hexFace: FontFace | null = null;
  let hexOf: Map<number, string> | undefined;
  for (const canvas of layout.pages) {
    const page = pdf.addPage([canvas.width, canvas.height]);
    pages.push(page);
    const fontNames = new Map<FontFace, string>();
    const imageNames = new Map<Uint8Array, string>();
    const content = contentStream(canvas.overlays.length > 0 ? [...canvas.items, ...canvas.overlays] : canvas.items, {
      fontName(face) {
        let n = fontNames.get(face);
        if (!n) {
          n = `F${face.index}`;
          fontNames.set(face, n);
          const f = faces.get(face);
          if (f) page.node.setFontDictionary(pdfName(n), f.font.ref);
        }
        return n;
      },
      glyphHex(face, cp) {
        // (Called for every glyph, most of them in runs of one face: its table is looked up once a run.)
        if (face !== hexFace) {
          hexFace = face;
          hexOf = faces.get(face)?.hex;
        }
        return hexOf?.get(cp) ?? "0000";
      },
      imageName(item: Extract<DrawItem, { kind: "image" }>) {
        let n = imageNames.get(item.image.data);
        if (!n) {
          n = `Im${imageNames.size}`;
          imageNames.set(item.image.data, n);
          const img = images.get(item.image.data);
          if (img) page.node.setXObject(pdfName(n), img.ref);
        }
        return n;
      },
      ...(marks === null ? {} : { mcid: (slot: ContentSlot) => marks.mcid(canvas.index, slot) }),
    });
    if (content !== "") page.node.addContentStream(pdf.context.register(pdf.context.flateStream(content)));
  }

  const anchors = new Map(layout.headings.map((h) => [h.id, h]));
  const held = (node: StructNode | null, page: number, ref: PDFRef): void => {
    if (marks === null || node === null) return;
    const key = marks.annotation(node, page, ref);
    pdf.context.lookup(ref, PDFDict).set(pdfName("StructParent"), PDFNumber.of(key));
  };
  layout.pages.forEach((canvas, i) => {
    const page = pages[i];
    if (!page) return;
    for (const link of canvas.links) {
      const text = link.node?.text ?? "";
      if (link.target.kind === "uri") {
        const description = linkDescription({ kind: "uri", uri: link.target.uri, text }, options.textLang);
        held(link.node, i, addExternalLink(pdf, page, link.rect, link.target.uri, description));
      } else {
        const at = anchors.get(link.target.target);
        if (!at) continue;
        const description = linkDescription({ kind: "internal", title: at.title, page: at.pageIndex + 1, text }, options.textLang);
        held(link.node, i, addInternalLink(pdf, page, link.rect, { pageIndex: at.pageIndex, top: at.top }, description));
      }
    }
    for (const field of canvas.signatureFields) held(field.node, i, addSignatureField(pdf, page, field.rect, field.name, field.description));
    // PDF/UA: the tab order of a page with annotations follows the structure.
    if (marks !== null && (canvas.links.length > 0 || canvas.signatureFields.length > 0)) page.node.set(pdfName("Tabs"), pdfName("S"));
  });
  if (marks !== null) writeStructureTree(pdf, layout.tags.root, marks, pages.map((p) => p.ref));
  return issues;
}
