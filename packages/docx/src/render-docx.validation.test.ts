import { PacteError, formatPath, type Document } from "@pacte/document";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./render-docx";
import { SQUARE_PNG } from "./test-support/sample-document";

const doc = (body: Document["body"], meta: Partial<Document["meta"]> = {}): Document => ({ meta: { title: "Essai", createdAt: "2024-01-15", ...meta }, body });
const para = (text: string): Document["body"][number] => ({ type: "paragraph", content: [{ type: "text", text }] });

async function issuesOf(input: unknown, options: Parameters<typeof renderDocx>[1] = {}) {
  try {
    await renderDocx(input as Document, options);
  } catch (error) {
    expect(error).toBeInstanceOf(PacteError);
    return (error as PacteError).issues.map((i) => ({ code: i.code, path: formatPath(i.path) }));
  }
  throw new Error("renderDocx did not refuse the document");
}

describe("renderDocx refuses what a DOCX cannot hold, saying where", () => {
  it.each([
    ["a control character in a run", doc([para("ok"), para("bip\u0007")]), "document.invalid_character", "body[1].content[0].text"],
    ["a C1 control character", doc([para("\u0085")]), "document.invalid_character", "body[0].content[0].text"],
    ["a lone high surrogate", doc([para("a\ud83d")]), "document.invalid_character", "body[0].content[0].text"],
    ["a lone low surrogate", doc([para("\ude00b")]), "document.invalid_character", "body[0].content[0].text"],
    ["U+FFFE", doc([para("\ufffe")]), "document.invalid_character", "body[0].content[0].text"],
    ["U+FFFF in a heading label", doc([{ type: "heading", level: 1, id: "a", label: "\uffff", text: "x" }]), "document.invalid_character", "body[0].label"],
    ["NUL in a table cell", doc([{ type: "table", columns: [{}], header: [], rows: [[{ content: [] }], [{ content: [{ type: "text", text: "\u0000" }] }]], totals: [] }]), "document.invalid_character", "body[0].rows[1][0].content[0].text"],
    ["a control character in the title", doc([], { title: "T\u001b" }), "document.invalid_character", "meta.title"],
    ["a control character in a custom property", doc([], { customProperties: { ref: "\u0001" } }), "document.invalid_character", "meta.customProperties.ref"],
    ["a control character in a link address", doc([{ type: "paragraph", content: [{ type: "link", href: "https://x\u0002", children: [{ type: "text", text: "x" }] }] }]), "document.invalid_character", "body[0].content[0].href"],
    ["a control character in a nested list", doc([{ type: "keepTogether", blocks: [{ type: "list", ordered: false, items: [{ content: [], children: { type: "list", ordered: true, items: [{ content: [{ type: "text", text: "\u0003" }] }] } }] }] }]), "document.invalid_character", "body[0].blocks[0].items[0].children.items[0].content[0].text"],
    ["a control character in a signature", doc([{ type: "signatures", signatories: [{ role: "r", quality: "q", name: "\u0004", fieldId: "s" }] }]), "document.invalid_character", "body[0].signatories[0].name"],
    ["a control character in the footer", { ...doc([]), footer: { left: [{ type: "text", text: "\u0005" }] } }, "document.invalid_character", "footer.left[0].text"],
    ["a reference to no heading", doc([{ type: "paragraph", content: [{ type: "ref", target: "nulle-part" }] }]), "document.unknown_ref", "body[0].content[0].target"],
    ["two headings with one id", doc([{ type: "heading", level: 1, id: "a", text: "x" }, { type: "heading", level: 2, id: "a", text: "y" }]), "document.duplicate_id", "body[1].id"],
    ["a row wider than its table", doc([{ type: "table", columns: [{}, {}], header: [], rows: [[{ content: [], colSpan: 3 }]], totals: [] }]), "document.table_row_span", "body[0].rows[0]"],
    ["a row narrower than its table", doc([{ type: "table", columns: [{}, {}], header: [[{ content: [] }]], rows: [], totals: [] }]), "document.table_row_span", "body[0].header[0]"],
    ["image bytes that are not a PNG", doc([{ type: "image", data: new Uint8Array([1, 2, 3]), mimeType: "image/png", alt: "x" }]), "document.image_type_mismatch", "body[0].data"],
    ["a PNG declared as JPEG", doc([{ type: "image", data: SQUARE_PNG, mimeType: "image/jpeg", alt: "x" }]), "document.image_type_mismatch", "body[0].data"],
    ["a missing createdAt (schema)", { meta: { title: "x" }, body: [] }, "schema.invalid_type", "meta.createdAt"],
    ["an unknown block type (schema)", { meta: { title: "x", createdAt: "2024-01-01" }, body: [{ type: "video" }] }, "document.unknown_type", "body[0].type"],
  ])("%s", async (_label, input, code, path) => {
    expect(await issuesOf(input)).toContainEqual({ code, path });
  });

  it("checks the theme too: its schema, its strings and the references of its header and footer", async () => {
    expect(await issuesOf(doc([]), { theme: { colors: { text: "bleu" } } })).toContainEqual({ code: "document.invalid_theme", path: "theme.colors.text" });
    expect(await issuesOf(doc([]), { theme: { tocTitle: "Som\u0000maire" } })).toContainEqual({ code: "document.invalid_character", path: "theme.tocTitle" });
    expect(await issuesOf(doc([]), { theme: { footer: { left: [{ type: "ref", target: "nulle-part" }] } } })).toContainEqual({ code: "document.unknown_ref", path: "theme.footer.left[0].target" });
  });

  it("reports every issue at once, not only the first", async () => {
    const issues = await issuesOf(doc([para("\u0001"), para("\u0002"), { type: "paragraph", content: [{ type: "ref", target: "x" }] }]));
    expect(issues.map((i) => i.path).sort()).toEqual(["body[0].content[0].text", "body[1].content[0].text", "body[2].content[0].target"]);
  });

  it("writes its messages in French by default, in English on request", async () => {
    const fr = (await renderDocx(doc([para("a\u0007")])).catch((e: unknown) => e)) as PacteError;
    expect(fr.issues[0]?.message).toMatch(/^Caractère U\+0007 interdit \(position 1\)/);
    expect(fr.message).toMatch(/^DOCX impossible à produire \(1 problème\) :\nbody\[0\]\.content\[0\]\.text/);
    const en = (await renderDocx(doc([para("a\u0007")]), { lang: "en" }).catch((e: unknown) => e)) as PacteError;
    expect(en.message).toMatch(/^Cannot produce the DOCX \(1 problem\)/);
    expect(en.issues[0]?.params).toMatchObject({ codePoint: "U+0007", offset: 1 });
  });

  it("accepts XML's reserved characters, Vietnamese, Greek and Cyrillic", async () => {
    await expect(renderDocx(doc([para(`d <&>"' Nguyễn Ἀλέξανδρος Дмитрий ∞`)]))).resolves.toBeInstanceOf(Uint8Array);
  });

  it("refuses emoji, astral symbols and right-to-left text as the PDF does (one repertoire, decided by validateDocument)", async () => {
    const e = await renderDocx(doc([para(`d 😀 𝄞 שלום مرحبا`)])).catch((x: unknown) => x);
    expect(e instanceof PacteError && e.issues.map((i) => i.code)).toEqual(["document.unsupported_character"]);
  });
});
