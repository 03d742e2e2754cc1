import type { DocumentMeta, Theme } from "@pacte/document";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Escapes text and attribute values for XML.
 *
 * @example
 * escapeXml('<a & "b">') //=> "&lt;a &amp; &quot;b&quot;&gt;"
 */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&apos;"));

/**
 * A metadata timestamp as W3CDTF in UTC: dates become midnight UTC, seconds are added when missing.
 *
 * @example
 * w3cdtf("2024-03-12") //=> "2024-03-12T00:00:00Z"
 */
export function w3cdtf(timestamp: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(timestamp)) return `${timestamp}T00:00:00Z`;
  if (/T\d{2}:\d{2}Z$/.test(timestamp)) return timestamp.replace(/Z$/, ":00Z");
  return timestamp;
}

const element = (name: string, value: string | undefined, attributes = "") =>
  value === undefined || value === "" ? "" : `<${name}${attributes}>${escapeXml(value)}</${name}>`;

/**
 * `docProps/core.xml`: title, subject, creator (the authors), keywords, language and
 * the created/modified dates — taken from the metadata, never from the clock.
 *
 * @example
 * coreXml({ title: "Note", createdAt: "2024-03-12" }, "fr-FR").includes("<dc:language>fr-FR</dc:language>") //=> true
 */
export function coreXml(meta: DocumentMeta, language: string): string {
  const created = w3cdtf(meta.createdAt);
  const modified = w3cdtf(meta.modifiedAt ?? meta.createdAt);
  const authors = meta.authors?.join("; ");
  return (
    DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element("dc:title", meta.title) +
    element("dc:subject", meta.subject) +
    element("dc:creator", authors) +
    element("cp:keywords", meta.keywords?.join(", ")) +
    element("cp:lastModifiedBy", meta.authors?.at(-1)) +
    "<cp:revision>1</cp:revision>" +
    element("dc:language", language) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/**
 * `docProps/app.xml`: the application that made the file and the estimated page count.
 *
 * @example
 * appXml({ title: "Note", createdAt: "2024-03-12" }, 3).includes("<Pages>3</Pages>") //=> true
 */
export function appXml(meta: DocumentMeta, pages: number): string {
  return (
    DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Template>Normal.dotm</Template>" +
    `<Pages>${pages}</Pages>` +
    element("Application", meta.creator ?? "@pacte/docx") +
    "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>" +
    "</Properties>"
  );
}

/**
 * `docProps/custom.xml`: the metadata's custom properties as text, sorted by name so their order never matters.
 *
 * @example
 * customXml({ title: "N", createdAt: "2024-03-12", customProperties: { ref: "A1" } }).includes('name="ref"') //=> true
 */
export function customXml(meta: DocumentMeta): string {
  const entries = Object.entries(meta.customProperties ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const properties = entries
    .map(
      ([name, value], i) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
    )
    .join("");
  return (
    DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    properties +
    "</Properties>"
  );
}

type FontFacts = { panose: string; family: "swiss" | "roman" | "modern"; pitch: "variable" | "fixed"; sig?: string };

/** Fonts with a metric-compatible twin, so each names the other as its alternative. */
const KNOWN_FONTS: Record<string, FontFacts> = {
  Arial: { panose: "020B0604020202020204", family: "swiss", pitch: "variable", sig: 'w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"' },
  "Liberation Sans": { panose: "020B0604020202020204", family: "swiss", pitch: "variable" },
  "Times New Roman": { panose: "02020603050405020304", family: "roman", pitch: "variable" },
  "Liberation Serif": { panose: "02020603050405020304", family: "roman", pitch: "variable" },
  "Courier New": { panose: "02070309020205020404", family: "modern", pitch: "fixed" },
  "Liberation Mono": { panose: "02070409020205020404", family: "modern", pitch: "fixed" },
  Calibri: { panose: "020F0502020204030204", family: "swiss", pitch: "variable" },
  Carlito: { panose: "020F0502020204030204", family: "swiss", pitch: "variable" },
};

/**
 * `word/fontTable.xml`: the theme's DOCX font with its fallback as `w:altName` (and the reverse),
 * their PANOSE numbers and families, so an office suite without Arial picks Liberation Sans,
 * whose metrics are the same, and lays lines out as Word does.
 *
 * @example
 * fontTableXml(defaultTheme).includes('<w:altName w:val="Liberation Sans"/>') //=> true
 */
export function fontTableXml(theme: Theme): string {
  const font = (name: string, alt: string) => {
    const facts = KNOWN_FONTS[name];
    return (
      `<w:font w:name="${escapeXml(name)}">` +
      (alt !== name ? `<w:altName w:val="${escapeXml(alt)}"/>` : "") +
      (facts ? `<w:panose1 w:val="${facts.panose}"/><w:charset w:val="00"/><w:family w:val="${facts.family}"/><w:pitch w:val="${facts.pitch}"/>` : '<w:charset w:val="00"/><w:family w:val="auto"/><w:pitch w:val="variable"/>') +
      (facts?.sig ? `<w:sig ${facts.sig}/>` : "") +
      "</w:font>"
    );
  };
  const main = theme.docxFontFamily;
  const fallback = theme.docxFallbackFontFamily;
  return (
    DECLARATION +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    font(main, fallback) +
    (fallback !== main ? font(fallback, main) : "") +
    "</w:fonts>"
  );
}
