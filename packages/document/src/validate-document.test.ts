import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPath } from "@pacte/issues";
import { DOCUMENT_ISSUE_CODES } from "./messages";
import { hugePngHeader, jpegBytes, jpegWithoutScan, pngBomb, pngBytes } from "./test-support/images";
import { PacteError } from "@pacte/issues";
import { parseDocument, validateDocument } from "./validate-document";

const meta = { title: "Contrat local des solidarités", createdAt: "2024-03-12" };
const doc = (body: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({ meta, body, ...extra });
const withMeta = (m: Record<string, unknown>): Record<string, unknown> => ({ meta: { ...meta, ...m }, body: [para(run("x"))] });
const run = (text: string): Record<string, unknown> => ({ type: "text", text });
const para = (...content: unknown[]): Record<string, unknown> => ({ type: "paragraph", content });
const head = (id: string, level = 1, text = "Objet"): Record<string, unknown> => ({ type: "heading", level, id, text });
const ref = (target: string): Record<string, unknown> => ({ type: "ref", target });
const link = (href: string): Record<string, unknown> => ({ type: "link", href, children: [run("lien")] });
const cells = (...texts: string[]): Array<Record<string, unknown>> => texts.map((t) => ({ content: [run(t)] }));
const tableOf = (part: Record<string, unknown>): Record<string, unknown> => ({
  type: "table",
  columns: [{}, { align: "right" }],
  header: [cells("Mesure", "Montant")],
  rows: [cells("Repérage", "12 000 €")],
  totals: [],
  ...part,
});
const signatory = (fieldId: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  role: "Pour l’État",
  quality: "La préfète de la Creuse",
  name: "Anne Martin",
  fieldId,
  ...extra,
});
const sigs = (...signatories: unknown[]): Record<string, unknown> => ({ type: "signatures", signatories });
const img = (data: unknown, mimeType = "image/png", extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: "image",
  data,
  mimeType,
  alt: "Logo du département",
  ...extra,
});
const keep = (...blocks: unknown[]): Record<string, unknown> => ({ type: "keepTogether", blocks });
const nestedList = (levels: number): Record<string, unknown> => {
  let list: Record<string, unknown> = { type: "list", ordered: true, items: [{ content: [run(`niveau ${levels}`)] }] };
  for (let l = levels - 1; l >= 1; l--) {
    list = { type: "list", ordered: true, items: [{ content: [run(`niveau ${l}`)], children: list }] };
  }
  return list;
};
const chartOf = (over: Record<string, unknown> = {}): unknown => ({
  type: "chart",
  kind: "bar",
  title: "Engagé par année",
  unit: "euros",
  categories: ["2024", "2025"],
  series: [{ name: "Engagé", values: [100, 200] }],
  ...over,
});

const issuesOf = (input: unknown): Array<[string, string]> => {
  const r = validateDocument(input);
  return [...(r.success ? [] : r.issues), ...r.warnings].map((i) => [i.code, formatPath(i.path)]);
};

describe("validateDocument — valid documents", () => {
  it.each<[string, unknown]>([
    ["a paragraph", doc([para(run("Bonjour."))])],
    ["a heading and a reference to it", doc([head("art-1"), para(run("Voir "), ref("art-1"))])],
    ["a field id equal to a heading id", doc([head("signature"), sigs(signatory("signature"))])],
    ["a full row with spans", doc([tableOf({ rows: [[{ content: [run("Total")], colSpan: 2 }]] })])],
    ["a list of 8 levels", doc([nestedList(8)])],
    ["signatures and a nested group inside keepTogether", doc([keep(para(run("Fait à Guéret.")), keep(sigs(signatory("s1"))))])],
    ["a heading with pageBreakBefore first in its groups", doc([keep(keep({ ...head("h"), pageBreakBefore: true }), para(run("x")))])],
    ["a PNG image", doc([img(pngBytes(4, 3))])],
    ["a JPEG image", doc([img(jpegBytes(17, 9), "image/jpeg")])],
    ["an issuer mark with a PNG logo", doc([{ type: "issuerMark", lines: ["PRÉFET"], logo: { data: pngBytes(2, 2), mimeType: "image/png", alt: "Logo" } }])],
    ["a decorative image without alt", doc([{ type: "image", data: pngBytes(4, 3), mimeType: "image/png", decorative: true }])],
    ["a decorative logo", doc([{ type: "issuerMark", lines: ["PRÉFET"], logo: { data: pngBytes(2, 2), mimeType: "image/png", decorative: true } }])],
    ["a table of labels and values", doc([tableOf({ rowHeaders: true, rows: [cells("Porteur", "Département")] })])],
    [
      "http, https and mailto links",
      doc([para(link("http://a.fr"), link("https://b.fr/x?y=1#z"), link("HTTPS://u@c.fr:8443"), link("mailto:ddets@creuse.gouv.fr?subject=CLS"))]),
    ],
    ["a leap day and a UTC date-time", { meta: { ...meta, createdAt: "2024-02-29T23:59:59Z", modifiedAt: "2024-03-01" }, body: [para(run("x"))] }],
    ["Vietnamese, Greek, Cyrillic, symbols and no-break spaces", doc([para(run("Nguyễn Thị Lộc, Ἀλέξανδρος, Дмитрий : ∞ ≤ ± « ok » 1\u202F234\u00A0€"))])],
    ["combining accents, a soft hyphen, a zero-width space, a word joiner", doc([para(run("Nguye\u0302\u0303n soli\u00ADdarité\u200Bici\u2060là"))])],
    ["a toc with headings at its level", doc([{ type: "toc", maxLevel: 1 }, head("a")])],
  ])("%s", (_label, input) => {
    const r = validateDocument(input);
    expect(r).toMatchObject({ success: true, warnings: [] });
  });

  it("returns the parsed document, unknown keys stripped", () => {
    const r = validateDocument(doc([{ ...para(run("x")), colour: "red" }]));
    expect(r.success && r.data.body[0]).toEqual(para(run("x")));
  });
});

describe("validateDocument — issues", () => {
  const cyclic: unknown[] = [];
  cyclic.push(cyclic);
  let deep: unknown = "x";
  for (let i = 0; i < 150; i++) deep = [deep];

  const cases: Array<[string, string, string, unknown]> = [
    ["a cycle", "document.too_deep", "(racine)", doc([para(cyclic)])],
    ["absurd nesting", "document.too_deep", "(racine)", doc([deep])],
    ["an unknown block type", "document.unknown_type", "body[0].type", doc([{ type: "chapitre" }])],
    ["an unknown inline type", "document.unknown_type", "body[0].content[0].type", doc([para({ type: "emoji" })])],
    ["a heading id starting with a digit", "document.invalid_id", "body[0].id", doc([head("5-objet")])],
    ["a bad field id", "document.invalid_id", "body[0].signatories[0].fieldId", doc([sigs(signatory("-s"))])],
    ["a French-style date", "document.invalid_timestamp", "meta.createdAt", withMeta({ createdAt: "12/03/2024" })],
    ["a day that does not exist", "document.invalid_date", "meta.createdAt", withMeta({ createdAt: "2024-02-30" })],
    ["a 29 February outside leap years", "document.invalid_date", "meta.modifiedAt", withMeta({ modifiedAt: "2023-02-29T10:00:00Z" })],
    ["a signature date that does not exist", "document.invalid_date", "body[0].signatories[0].date", doc([sigs(signatory("s", { date: "2024-04-31" }))])],
    ["a malformed signature date", "document.invalid_date", "body[0].signatories[0].date", doc([sigs(signatory("s", { date: "12 mars" }))])],
    ["a language name", "document.invalid_language", "meta.language", withMeta({ language: "français" })],
    ["an empty title", "document.missing_title", "meta.title", withMeta({ title: "" })],
    ["no title", "document.missing_title", "meta.title", { meta: { createdAt: "2024-03-12" }, body: [] }],
    ["blank alt text", "document.missing_alt", "body[0].alt", doc([img(pngBytes(1, 1), "image/png", { alt: "   " })])],
    ["no alt text", "document.missing_alt", "body[0].alt", doc([{ type: "image", data: pngBytes(1, 1), mimeType: "image/png" }])],
    ["a decorative: false image without alt", "document.missing_alt", "body[0].alt", doc([{ type: "image", data: pngBytes(1, 1), mimeType: "image/png", decorative: false }])],
    ["a logo without alt", "document.missing_alt", "body[0].logo.alt", doc([{ type: "issuerMark", lines: ["PRÉFET"], logo: { data: pngBytes(1, 1), mimeType: "image/png" } }])],
    ["image data as base64", "document.invalid_image_data", "body[0].data", doc([img("iVBORw0KGgo=")])],
    ["a bad custom property name", "document.invalid_property_name", 'meta.customProperties["1x"]', withMeta({ customProperties: { "1x": "a" } })],
    ["a column width in pixels", "document.invalid_column_width", "body[0].columns[1].width", doc([tableOf({ columns: [{}, { width: { px: 80 } }] })])],
    ["a column width as a number", "document.invalid_column_width", "body[0].columns[0].width", doc([tableOf({ columns: [{ width: 80 }, {}] })])],
    ["two headings with one id", "document.duplicate_id", "body[2].id", doc([head("a"), head("b"), head("a")])],
    ["a table with a heading's id", "document.duplicate_id", "body[1].id", doc([head("t"), tableOf({ id: "t" })])],
    ["a heading id reused inside keepTogether", "document.duplicate_id", "body[1].blocks[0].id", doc([head("a"), keep(head("a"))])],
    ["two signatories with one field", "document.duplicate_field_id", "body[0].signatories[1].fieldId", doc([sigs(signatory("s1"), signatory("s1"))])],
    ["a field reused in another block", "document.duplicate_field_id", "body[1].signatories[0].fieldId", doc([sigs(signatory("s1")), sigs(signatory("s1"))])],
    ["a reference to no heading", "document.unknown_ref", "body[1].content[1].target", doc([head("art-1"), para(run("Voir "), ref("art-2"))])],
    ["a reference in the footer", "document.unknown_ref", "footer.center[0].target", doc([head("a")], { footer: { center: [ref("b")] } })],
    ["a reference to a table id", "document.unknown_ref", "body[1].content[0].target", doc([tableOf({ id: "tab-1" }), para(ref("tab-1"))])],
    ["a short body row", "document.table_row_span", "body[1].rows[1]", doc([head("h"), tableOf({ rows: [cells("a", "b"), cells("a")] })])],
    ["a long header row", "document.table_row_span", "body[0].header[0]", doc([tableOf({ header: [cells("a", "b", "c")] })])],
    ["a total row spanning too much", "document.table_row_span", "body[0].totals[0]", doc([tableOf({ totals: [[{ content: [], colSpan: 3 }]] })])],
    ["an empty row", "document.table_row_span", "body[0].rows[0]", doc([tableOf({ rows: [[]] })])],
    ["a bell in a run", "document.invalid_character", "body[0].content[0].text", doc([para(run("a\u0007b"))])],
    ["NUL in a heading", "document.invalid_character", "body[0].text", doc([head("h", 1, "Objet\u0000")])],
    ["a C1 control in a cell", "document.invalid_character", "body[0].rows[0][0].content[0].text", doc([tableOf({ rows: [cells("l\u0092État", "1")] })])],
    ["U+FFFE in a link", "document.invalid_character", "body[0].content[0].children[0].text", doc([{ type: "paragraph", content: [{ type: "link", href: "https://a.fr", children: [run("\uFFFE")] }] }])],
    ["U+FFFF in the title", "document.invalid_character", "meta.title", withMeta({ title: "Titre\uFFFF" })],
    ["a lone high surrogate", "document.invalid_character", "body[0].content[0].text", doc([para(run("émoji coupé \uD83D"))])],
    ["a lone low surrogate", "document.invalid_character", "body[0].content[0].text", doc([para(run("\uDE00 suite"))])],
    ["a control character in a list item", "document.invalid_character", "body[0].items[0].content[0].text", doc([{ type: "list", ordered: false, items: [{ content: [run("\u001B")] }] }])],
    ["a control character in a header", "document.invalid_character", "header.right[0].text", doc([para(run("x"))], { header: { right: [run("\u0008")] } })],
    ["a right-to-left override in a signatory's name", "document.invisible_character", "body[0].signatories[0].name", doc([sigs(signatory("s", { name: "CAF de la Creuse\u202E 10 000,00 €" }))])],
    ["an isolate in a place", "document.invisible_character", "body[0].signatories[0].place", doc([sigs(signatory("s", { place: "Guéret\u2067" }))])],
    ["a zero-width joiner in a run", "document.invisible_character", "body[0].content[0].text", doc([para(run("a\u200Db"))])],
    ["an Arabic name", "document.unsupported_character", "body[0].signatories[0].name", doc([sigs(signatory("s", { name: "محمد" }))])],
    ["an emoji in the title", "document.unsupported_character", "meta.title", withMeta({ title: "Bravo 🎉" })],
    ["a 1 MB title", "document.text_too_long", "meta.title", withMeta({ title: "x".repeat(1_000_000) })],
    ["a PNG claiming 20 000 × 20 000 pixels", "document.image_too_large", "body[0].data", doc([img(hugePngHeader())])],
    ["a zlib bomb", "document.image_corrupt", "body[0].data", doc([img(pngBomb(100, 100, 388))])],
    ["a JPEG with a frame header and no scan", "document.image_corrupt", "body[0].data", doc([img(jpegWithoutScan(8, 8), "image/jpeg")])],
    ["a newline in a run", "document.newline_in_text", "body[0].content[0].text", doc([para(run("ligne 1\nligne 2"))])],
    ["a carriage return in a signatory name", "document.newline_in_text", "body[0].signatories[0].name", doc([sigs(signatory("s", { name: "Anne\r\nMartin" }))])],
    ["a line separator in an issuer line", "document.newline_in_text", "body[0].lines[0]", doc([{ type: "issuerMark", lines: ["PRÉFET\u2028DE LA CREUSE"] }])],
    ["a tab in a run", "document.tab_in_text", "body[0].content[0].text", doc([para(run("Total\t12 €"))])],
    ["a list nested 9 levels", "document.list_too_deep", `body[0]${".items[0].children".repeat(8)}`, doc([nestedList(9)])],
    ["a page break kept together", "document.keep_together_content", "body[0].blocks[1]", doc([keep(para(run("a")), { type: "pageBreak" })])],
    ["a toc kept together", "document.keep_together_content", "body[1].blocks[0]", doc([head("h"), keep({ type: "toc" })])],
    ["a heading breaking the page inside a group", "document.keep_together_content", "body[0].blocks[1].pageBreakBefore", doc([keep(para(run("a")), { ...head("h"), pageBreakBefore: true })])],
    ["a heading breaking the page in a second inner group", "document.keep_together_content", "body[0].blocks[1].blocks[0].pageBreakBefore", doc([keep(para(run("a")), keep({ ...head("h"), pageBreakBefore: true }))])],
    ["a JPEG declared as PNG", "document.image_type_mismatch", "body[0].data", doc([img(jpegBytes(8, 8), "image/png")])],
    ["a GIF declared as JPEG", "document.image_type_mismatch", "body[0].data", doc([img(new TextEncoder().encode("GIF89a......"), "image/jpeg")])],
    ["a logo that is not an image", "document.image_type_mismatch", "body[0].logo.data", doc([{ type: "issuerMark", lines: ["P"], logo: { data: new Uint8Array(10), mimeType: "image/png", alt: "Logo" } }])],
    ["a truncated PNG", "document.image_corrupt", "body[0].data", doc([img(pngBytes(4, 4).subarray(0, 20))])],
    ["a JPEG cut before its frame header", "document.image_corrupt", "body[0].data", doc([img(jpegBytes(8, 8).subarray(0, 30), "image/jpeg")])],
    ["a javascript: link", "document.invalid_link", "body[0].content[0].href", doc([para(link("javascript:alert(1)"))])],
    ["an ftp: link", "document.invalid_link", "body[0].content[0].href", doc([para(link("ftp://ftp.example.fr/a"))])],
    ["a relative link", "document.invalid_link", "body[0].content[0].href", doc([para(link("/contrats/23"))])],
    ["an empty mailto: link", "document.invalid_link", "body[0].content[0].href", doc([para(link("mailto:"))])],
    ["a link with no host", "document.invalid_link", "body[0].content[0].href", doc([para(link("https://"))])],
    ["a link with a space", "document.invalid_link", "body[0].content[0].href", doc([para(link("https://a.fr/mon contrat"))])],
    ["a mailto: without an address", "document.invalid_link", "body[0].content[0].href", doc([para(link("mailto:ddets"))])],
    ["a chart series shorter than its categories", "document.chart_series_length", "body[0].series[0].values", doc([chartOf({ series: [{ name: "Engagé", values: [1] }] })])],
    ["euros in a chart that are not cents", "document.chart_cents", "body[0].series[0].values[1]", doc([chartOf({ series: [{ name: "Engagé", values: [1, 2.5] }] })])],
    ["a chart of 9 series", "document.chart_too_large", "body[0].series", doc([chartOf({ series: Array.from({ length: 9 }, (_, i) => ({ name: `S${i}`, values: [1, 2] })) })])],
    ["a chart with a heading's id", "document.duplicate_id", "body[1].id", doc([head("g"), chartOf({ id: "g" })])],
    ["a heading level 5", "schema.invalid_value", "body[0].level", doc([head("h", 5)])],
    ["a body that is not an array", "schema.invalid_type", "body", { meta, body: "texte" }],
    ["an empty body", "document.empty_body", "body", doc([])],
    ["a heading without text", "document.empty_heading", "body[0].text", doc([head("h", 1, "  ")])],
    ["a toc with nothing to list", "document.toc_empty", "body[0]", doc([{ type: "toc", maxLevel: 1 }, head("h", 2)])],
    ["a toc whose headings are all left out", "document.toc_empty", "body[0]", doc([{ type: "toc" }, { ...head("h"), toc: false }])],
  ];

  it.each(cases)("%s → %s at %s", (_label, code, path, input) => {
    expect(issuesOf(input)).toEqual([[code, path]]);
  });

  it("has a case for every document code", () => {
    // The theme's codes, the page size and options given again with a prepared document come from validateTheme, prepareDocument and prepareOnce (tested beside them).
    const covered = new Set<string>([...cases.map(([, code]) => code), "document.invalid_theme", "document.unknown_theme_key", "document.page_too_small", "document.already_prepared"]);
    expect(DOCUMENT_ISSUE_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it("reports warnings without failing", () => {
    const r = validateDocument(doc([head("h", 1, "")]));
    expect(r.success).toBe(true);
    expect(r.warnings.map((w) => [w.code, w.severity])).toEqual([["document.empty_heading", "warning"]]);
  });

  it("reports every issue of a document at once, in document order per rule", () => {
    const input = doc([head("a"), head("a"), para(ref("zz"), run("\t")), tableOf({ rows: [cells("x")] })]);
    expect(issuesOf(input)).toEqual([
      ["document.duplicate_id", "body[1].id"],
      ["document.table_row_span", "body[3].rows[0]"],
      ["document.unknown_ref", "body[2].content[0].target"],
      ["document.tab_in_text", "body[2].content[1].text"],
    ]);
  });

  it("gives the offending character's code point, offset and count, with a safe excerpt", () => {
    const r = validateDocument(doc([para(run("Vu le code\u0007de l’action sociale\u0007"))]));
    expect(r.success).toBe(false);
    const issue = r.success ? undefined : r.issues[0];
    expect(issue?.params).toEqual({
      codePoint: "U+0007",
      offset: 10,
      count: 2,
      excerpt: "Vu le code⟨U+0007⟩de l’action sociale⟨U+0007⟩",
      kind: "control",
    });
  });

  it("points an excerpt of a long text at the character, without cutting an emoji in two", () => {
    const text = `${"a".repeat(30)}🎉${"b".repeat(19)}\u0001${"c".repeat(40)}`;
    const r = validateDocument(doc([para(run(text))]));
    const issue = r.success ? undefined : r.issues.find((i) => i.code === "document.invalid_character");
    expect(issue?.params.offset).toBe(51);
    // (The emoji is itself refused, so the excerpt writes it whole as its code point.)
    expect(issue?.params.excerpt).toBe(`…⟨U+1F389⟩${"b".repeat(19)}⟨U+0001⟩${"c".repeat(20)}…`);
  });

  it("keeps zod's details in params, without the input", () => {
    const r = validateDocument(doc([tableOf({ columns: [{ align: "middle" }, {}] })]));
    const issue = r.success ? undefined : r.issues[0];
    expect(issue).toMatchObject({ code: "schema.invalid_value", path: ["body", 0, "columns", 0, "align"], params: { values: ["left", "center", "right"] } });
    expect(JSON.stringify(issue)).not.toContain("middle");
  });

  it("suggests the nearest heading id for a misspelt reference", () => {
    const r = validateDocument(doc([head("art-financement"), para(ref("art-financemnt"))]));
    expect(r.success ? undefined : r.issues[0]?.params).toEqual({ target: "art-financemnt", suggestion: "art-financement" });
  });

  it("names the first occurrence of a duplicate id", () => {
    const r = validateDocument(doc([head("a"), head("a")]));
    expect(r.success ? undefined : r.issues[0]?.params).toEqual({ id: "a", firstPath: ["body", 0, "id"] });
  });
});

describe("messages", () => {
  const messageOf = (input: unknown, lang?: "fr" | "en"): string | undefined => {
    const r = validateDocument(input, lang === undefined ? {} : { lang });
    return (r.success ? r.warnings : r.issues)[0]?.message;
  };

  it("explains a missing reference in French", () => {
    expect(messageOf(doc([head("art-5"), para(ref("art-6"))]))).toMatchInlineSnapshot(`"Renvoi vers « art-6 » : aucun titre ne porte cet identifiant ; vouliez-vous dire « art-5 » ?"`);
  });

  it("explains a forbidden character in French", () => {
    expect(messageOf(doc([para(run("Montant\u0092s"))]))).toMatchInlineSnapshot(`"Caractère U+0092 interdit (position 7) : XML et PDF ne peuvent pas le porter ; supprimez-le (il vient souvent d’un texte Windows-1252 mal décodé : vérifiez l’encodage de la source). Contexte : « Montant⟨U+0092⟩s »."`);
  });

  it("explains a line break in a run in French", () => {
    expect(messageOf(doc([para(run("ligne 1\nligne 2"))]))).toMatchInlineSnapshot(`"Saut de ligne U+000A dans un texte (position 7) : pour aller à la ligne, utilisez un élément { type: "lineBreak" } (br()) ou séparez le texte en paragraphes ; hors d’un paragraphe, remplacez-le par une espace. Contexte : « ligne 1⟨U+000A⟩ligne 2 »."`);
  });

  it("uses zod's French wording for structural problems", () => {
    expect(messageOf({ meta, body: [para(run(12 as never))] })).toMatchInlineSnapshot(`"Entrée invalide : chaîne de caractères attendu, nombre reçu"`);
  });

  it("writes every message in English on request", () => {
    expect(messageOf(doc([head("art-5"), para(ref("art-6"))]), "en")).toMatchInlineSnapshot(`"Reference to "art-6": no heading has this id; did you mean "art-5"?"`);
    expect(messageOf({ meta, body: [para(run(12 as never))] }, "en")).toMatchInlineSnapshot(`"Invalid input: expected string, received number"`);
    expect(messageOf(doc([head("1")]), "en")).toMatchInlineSnapshot(`"Invalid id: "1"; expected a letter followed by letters, digits, "_", ".", ":" or "-" (e.g. art-5)."`);
    expect(messageOf(doc([head("h", 7)]), "en")).toMatchInlineSnapshot(`"Invalid option: expected one of 1|2|3|4"`);
  });
});

describe("parseDocument", () => {
  it("returns a valid document", () => {
    expect(parseDocument(doc([para(run("x"))])).meta.title).toBe(meta.title);
  });

  it("throws a PacteError that carries the issues", () => {
    let caught: unknown;
    try {
      parseDocument(doc([head("a"), head("a")]));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PacteError);
    const error = caught as PacteError;
    expect(error.issues.map((i) => i.code)).toEqual(["document.duplicate_id"]);
    expect(error.message).toMatchInlineSnapshot(`
      "Document invalide (1 problème) :
      body[1].id  document.duplicate_id  Identifiant « a » déjà utilisé en body[0].id ; chaque titre et chaque tableau doit avoir le sien, car renvois, sommaire et signets pointent vers lui."
    `);
  });

  it("writes the error in English on request", () => {
    expect(() => parseDocument({}, { lang: "en" })).toThrow(/^Invalid document \(2 problems\):\nmeta /);
  });
});

describe("properties", () => {
  const special = fc.constantFrom(
    ..."\t \n \r \u0000 \u0007 \u007F \u0085 \u2028 \uFFFE \uFFFF \uD83D \uDE00 é € \u202F ễ Ἀ Д ∞ \u00AD \u200B \u2060".split(" "),
    ..."\u202E \u2066 \u200E \u061C \u200D \uFEFF \uFE0F ب ש 中".split(" "),
  );
  const unit = fc.oneof(fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 }), special);
  const anyText = fc.string({ unit, maxLength: 40 });

  /** An oracle written independently of the validator: which codes a text should raise. */
  const expectedCodes = (text: string): string[] => {
    const codes = new Set<string>();
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/.test(text)) codes.add("document.invalid_character");
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) codes.add("document.invalid_character");
    if (/[\n\r\u2028\u2029]/.test(text)) codes.add("document.newline_in_text");
    if (/\t/.test(text)) codes.add("document.tab_in_text");
    if (/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200D\uFEFF\uFE0F]/.test(text)) codes.add("document.invisible_character");
    if (/[بש中]|[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) codes.add("document.unsupported_character");
    return [...codes].sort();
  };

  it("never throws on any text in a run, and reports exactly the characters that cannot be carried, at the run", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = validateDocument(doc([para(run("x"), run(text))]));
        const issues = r.success ? [] : r.issues;
        expect([...new Set(issues.map((i) => i.code))].sort()).toEqual(expectedCodes(text));
        for (const issue of issues) {
          expect(formatPath(issue.path)).toBe("body[0].content[1].text");
          const offset = issue.params.offset as number;
          expect(expectedCodes(String.fromCodePoint(text.codePointAt(offset) ?? 0))).toContain(issue.code);
        }
        expect(r.success).toBe(issues.length === 0);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary JSON-like input", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 6 }), (input) => {
        const r = validateDocument(input);
        if (!r.success) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
