import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildXmp, escapeXml } from "./xmp";

const base = {
  title: "Contrat local des solidarités",
  producer: "@pacte/pdf",
  language: "fr-FR",
  createDate: "2024-03-12T00:00:00Z",
  modifyDate: "2024-04-01T09:30:00Z",
} as const;

describe("escapeXml", () => {
  it("escapes markup characters and replaces forbidden control characters", () => {
    expect(escapeXml("R&D <x> \"q\" l’État\u0001\u0008")).toBe("R&amp;D &lt;x&gt; \"q\" l’État  ");
  });
});

describe("buildXmp", () => {
  it("writes a parseable packet with every field, escaped", () => {
    const xmp = buildXmp({
      ...base,
      title: "Convention <État & Département>",
      author: "Anne Martin, Paul Durand",
      subject: "Pacte des solidarités",
      keywords: ["CLS", "insertion & emploi"],
      creatorTool: "pacte",
      pdfa: { part: 2, conformance: "B" },
    });
    expect(xmp.startsWith('<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>')).toBe(true);
    expect(xmp.endsWith('<?xpacket end="w"?>')).toBe(true);
    expect(xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Convention &lt;État &amp; Département&gt;</rdf:li></rdf:Alt></dc:title>');
    expect(xmp).toContain("<dc:creator><rdf:Seq><rdf:li>Anne Martin, Paul Durand</rdf:li></rdf:Seq></dc:creator>");
    expect(xmp).toContain('<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Pacte des solidarités</rdf:li></rdf:Alt></dc:description>');
    expect(xmp).toContain("<dc:subject><rdf:Bag><rdf:li>CLS</rdf:li><rdf:li>insertion &amp; emploi</rdf:li></rdf:Bag></dc:subject>");
    expect(xmp).toContain("<pdf:Keywords>CLS, insertion &amp; emploi</pdf:Keywords>");
    expect(xmp).toContain("<xmp:CreatorTool>pacte</xmp:CreatorTool>");
    expect(xmp).toContain("<xmp:CreateDate>2024-03-12T00:00:00Z</xmp:CreateDate>");
    expect(xmp).toContain("<xmp:ModifyDate>2024-04-01T09:30:00Z</xmp:ModifyDate>");
    expect(xmp).toContain("<xmp:MetadataDate>2024-04-01T09:30:00Z</xmp:MetadataDate>");
    expect(xmp).toContain('xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">');
    expect(xmp).toContain("<pdfaid:part>2</pdfaid:part>");
    expect(xmp).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
    expect(XMLValidator.validate(xmp)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xmp) as {
      "x:xmpmeta": { "rdf:RDF": { "rdf:Description": Record<string, unknown> } };
    };
    const description = parsed["x:xmpmeta"]["rdf:RDF"]["rdf:Description"];
    expect(description["@_rdf:about"]).toBe("");
    expect(description["pdfaid:part"]).toBe(2);
    expect(description["pdf:Producer"]).toBe("@pacte/pdf");
  });

  it("leaves out absent fields and the pdfaid schema for plain PDFs", () => {
    const xmp = buildXmp(base);
    expect(xmp).not.toMatch(/pdfaid|dc:creator|dc:description|dc:subject|pdf:Keywords|xmp:CreatorTool/);
    expect(xmp).toContain('xmlns:xmp="http://ns.adobe.com/xap/1.0/">');
    expect(XMLValidator.validate(xmp)).toBe(true);
  });
});
