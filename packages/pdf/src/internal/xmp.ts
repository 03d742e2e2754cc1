/** What goes into the XMP packet (already-joined strings, dates in XMP form). */
export interface XmpFields {
  readonly title: string;
  readonly author?: string | undefined;
  readonly subject?: string | undefined;
  readonly keywords?: readonly string[] | undefined;
  readonly creatorTool?: string | undefined;
  readonly producer: string;
  readonly language: string;
  readonly createDate: string;
  readonly modifyDate: string;
  /** PDF/A identification; omitted for plain PDFs. */
  readonly pdfa?: { readonly part: number; readonly conformance: string } | undefined;
  /** PDF/UA identification (`pdfuaid:part`); omitted for untagged PDFs. */
  readonly pdfua?: { readonly part: number } | undefined;
}

/**
 * The PDF/A extension schema that declares `pdfuaid` (PDF/A allows only the XMP schemas it
 * predefines, and those an extension schema declares in the packet itself).
 */
const PDFUA_EXTENSION_SCHEMA = [
  `  <rdf:Description rdf:about=""`,
  `    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"`,
  `    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"`,
  `    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">`,
  `   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">`,
  `    <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>`,
  `    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>`,
  `    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>`,
  `    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">`,
  `     <pdfaProperty:name>part</pdfaProperty:name>`,
  `     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>`,
  `     <pdfaProperty:category>internal</pdfaProperty:category>`,
  `     <pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>`,
  `    </rdf:li></rdf:Seq></pdfaSchema:property>`,
  `   </rdf:li></rdf:Bag></pdfaExtension:schemas>`,
  `  </rdf:Description>`,
];

/**
 * Escapes text for XML content: `&`, `<`, `>`, and control characters XML 1.0 forbids (replaced
 * by a space).
 *
 * @example
 * escapeXml("R&D <2024>") //=> "R&amp;D &lt;2024&gt;"
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

const langAlt = (tag: string, value: string) =>
  `   <${tag}><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt></${tag}>`;
const simple = (tag: string, value: string) => `   <${tag}>${escapeXml(value)}</${tag}>`;
const list = (tag: string, kind: "Seq" | "Bag", values: readonly string[]) =>
  `   <${tag}><rdf:${kind}>${values.map((v) => `<rdf:li>${escapeXml(v)}</rdf:li>`).join("")}</rdf:${kind}></${tag}>`;

/**
 * Writes the XMP packet of a document: Dublin Core (format, title, creator, description,
 * subject, language), Adobe PDF (Producer, Keywords), XMP basic (CreatorTool and dates), for
 * PDF/A the `pdfaid` identification and, for a tagged PDF, the `pdfuaid` one (declared by an
 * extension schema when the file is PDF/A too) — deterministic order.
 *
 * @example
 * buildXmp({ title: "Contrat", producer: "@pacte/pdf", language: "fr-FR", createDate: "2024-03-12T00:00:00Z", modifyDate: "2024-03-12T00:00:00Z", pdfa: { part: 2, conformance: "B" } })
 * //=> '<?xpacket begin="\uFEFF" …<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>…<?xpacket end="w"?>'
 */
export function buildXmp(fields: XmpFields): string {
  const keywords = fields.keywords ?? [];
  const lines = [
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>`,
    `<x:xmpmeta xmlns:x="adobe:ns:meta/">`,
    ` <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`,
    `  <rdf:Description rdf:about=""`,
    `    xmlns:dc="http://purl.org/dc/elements/1.1/"`,
    `    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"`,
    `    xmlns:xmp="http://ns.adobe.com/xap/1.0/"${fields.pdfa || fields.pdfua ? "" : ">"}`,
    ...(fields.pdfa ? [`    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"${fields.pdfua ? "" : ">"}`] : []),
    ...(fields.pdfua ? [`    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">`] : []),
    simple("dc:format", "application/pdf"),
    langAlt("dc:title", fields.title),
    ...(fields.author !== undefined ? [list("dc:creator", "Seq", [fields.author])] : []),
    ...(fields.subject !== undefined ? [langAlt("dc:description", fields.subject)] : []),
    ...(keywords.length > 0 ? [list("dc:subject", "Bag", keywords)] : []),
    list("dc:language", "Bag", [fields.language]),
    simple("pdf:Producer", fields.producer),
    ...(keywords.length > 0 ? [simple("pdf:Keywords", keywords.join(", "))] : []),
    ...(fields.creatorTool !== undefined ? [simple("xmp:CreatorTool", fields.creatorTool)] : []),
    simple("xmp:CreateDate", fields.createDate),
    simple("xmp:ModifyDate", fields.modifyDate),
    simple("xmp:MetadataDate", fields.modifyDate),
    ...(fields.pdfa
      ? [simple("pdfaid:part", String(fields.pdfa.part)), simple("pdfaid:conformance", fields.pdfa.conformance)]
      : []),
    ...(fields.pdfua ? [simple("pdfuaid:part", String(fields.pdfua.part))] : []),
    `  </rdf:Description>`,
    ...(fields.pdfa && fields.pdfua ? PDFUA_EXTENSION_SCHEMA : []),
    ` </rdf:RDF>`,
    `</x:xmpmeta>`,
    `<?xpacket end="w"?>`,
  ];
  return lines.join("\n");
}
