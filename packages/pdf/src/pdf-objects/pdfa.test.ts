import { describe, expect, it } from "vitest";
import { decodePDFRawStream, PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFStream, PDFString } from "../internal/pdf-lib";
import type { PDFDocument } from "../internal/pdf-lib";
import { blankPdf, needs, roundTrip, runOnPdf, tools } from "../../test/pdf-object-tools";
import { InvalidMetadataError } from "./errors";
import { applyMetadata, applyPdfA } from "./pdfa";
import type { PdfMetadata } from "./pdfa";
import { srgbIccProfile } from "./srgb-icc";

const name = (n: string) => PDFName.of(n);

const meta: PdfMetadata = {
  title: "Contrat local des solidarités – Creuse (2024)",
  authors: ["Préfecture de la Creuse", "Département de la Creuse"],
  subject: "Pacte des solidarités : engagements réciproques",
  keywords: ["CLS", "insertion & emploi", "Creuse"],
  creator: "pacte 0.1.0",
  producer: "@pacte/pdf 0.1.0",
  language: "fr-FR",
  createdAt: "2024-03-12T10:00:00Z",
  modifiedAt: "2024-04-02",
};

function xmpOf(pdf: PDFDocument): { text: string; stream: PDFRawStream } {
  const stream = pdf.catalog.lookup(name("Metadata"), PDFStream);
  if (!(stream instanceof PDFRawStream)) throw new Error("the XMP stream is not a raw stream");
  return { text: new TextDecoder().decode(stream.getContents()), stream };
}

function xmpValue(xmp: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>(?:<rdf:(?:Alt|Seq|Bag)><rdf:li[^>]*>)?([^<]*)<`).exec(xmp);
  return m?.[1];
}

const unescapeXml = (s: string | undefined) => s?.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

describe("applyPdfA", () => {
  it("writes the Info dictionary from the input only", async () => {
    const pdf = await blankPdf(1);
    applyPdfA(pdf, meta);
    const { pdf: back } = await roundTrip(pdf);
    expect(back.getTitle()).toBe(meta.title);
    expect(back.getAuthor()).toBe("Préfecture de la Creuse, Département de la Creuse");
    expect(back.getSubject()).toBe(meta.subject);
    expect(back.getKeywords()).toBe("CLS, insertion & emploi, Creuse");
    expect(back.getCreator()).toBe("pacte 0.1.0");
    expect(back.getProducer()).toBe("@pacte/pdf 0.1.0");
    expect(back.getCreationDate()?.toISOString()).toBe("2024-03-12T10:00:00.000Z");
    expect(back.getModificationDate()?.toISOString()).toBe("2024-04-02T00:00:00.000Z");
  });

  it("writes an uncompressed XMP packet equivalent to the Info dictionary, with pdfaid part 2 B", async () => {
    const pdf = await blankPdf(1);
    applyPdfA(pdf, meta);
    const { pdf: back } = await roundTrip(pdf);
    const { text: xmp, stream } = xmpOf(back);
    expect(stream.dict.get(name("Type"))).toBe(name("Metadata"));
    expect(stream.dict.get(name("Subtype"))).toBe(name("XML"));
    expect(stream.dict.get(name("Filter"))).toBeUndefined();
    expect(xmp).toContain("<pdfaid:part>2</pdfaid:part>");
    expect(xmp).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
    // The pairs PDF/A requires to be equivalent.
    expect(unescapeXml(xmpValue(xmp, "dc:title"))).toBe(back.getTitle());
    expect(unescapeXml(xmpValue(xmp, "dc:creator"))).toBe(back.getAuthor());
    expect(unescapeXml(xmpValue(xmp, "dc:description"))).toBe(back.getSubject());
    expect(unescapeXml(xmpValue(xmp, "pdf:Keywords"))).toBe(back.getKeywords());
    expect(unescapeXml(xmpValue(xmp, "xmp:CreatorTool"))).toBe(back.getCreator());
    expect(unescapeXml(xmpValue(xmp, "pdf:Producer"))).toBe(back.getProducer());
    expect(new Date(xmpValue(xmp, "xmp:CreateDate")!).getTime()).toBe(back.getCreationDate()?.getTime());
    expect(new Date(xmpValue(xmp, "xmp:ModifyDate")!).getTime()).toBe(back.getModificationDate()?.getTime());
    expect(xmpValue(xmp, "xmp:MetadataDate")).toBe(xmpValue(xmp, "xmp:ModifyDate"));
    expect(xmpValue(xmp, "dc:language")).toBe("fr-FR");
  });

  it("writes an sRGB output intent with the shipped ICC profile (N 3)", async () => {
    const pdf = await blankPdf(1);
    applyPdfA(pdf, meta);
    const { pdf: back } = await roundTrip(pdf);
    const intents = back.catalog.lookup(name("OutputIntents"), PDFArray);
    expect(intents.size()).toBe(1);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.get(name("Type"))).toBe(name("OutputIntent"));
    expect(intent.get(name("S"))).toBe(name("GTS_PDFA1"));
    const condition = intent.lookup(name("OutputConditionIdentifier"));
    expect(condition instanceof PDFString || condition instanceof PDFHexString ? condition.decodeText() : condition).toBe("sRGB IEC61966-2.1");
    const profile = intent.lookup(name("DestOutputProfile"), PDFStream);
    if (!(profile instanceof PDFRawStream)) throw new Error("the ICC profile is not a raw stream");
    expect(profile.dict.lookup(name("N"), PDFNumber).asNumber()).toBe(3);
    expect(decodePDFRawStream(profile).decode()).toEqual(srgbIccProfile());
  });

  it("sets /Lang and asks viewers to show the title", async () => {
    const pdf = await blankPdf(1);
    applyPdfA(pdf, meta);
    const { pdf: back } = await roundTrip(pdf);
    const lang = back.catalog.lookup(name("Lang"));
    expect(lang instanceof PDFString ? lang.decodeText() : undefined).toBe("fr-FR");
    expect(back.catalog.lookup(name("ViewerPreferences"), PDFDict).get(name("DisplayDocTitle"))).toBe(PDFBool.True);
    expect(back.catalog.get(name("MarkInfo"))).toBeUndefined();
  });

  it("leaves optional entries out when they are absent", async () => {
    const pdf = await blankPdf(1);
    applyPdfA(pdf, { title: "T", producer: "P", language: "fr-FR", createdAt: "2024-03-12", authors: [], keywords: [] });
    const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
    expect(info.keys().map(String).sort()).toEqual(["/CreationDate", "/ModDate", "/Producer", "/Title"]);
    expect(pdf.getModificationDate()?.toISOString()).toBe("2024-03-12T00:00:00.000Z");
  });

  it("replaces, rather than piles up, what an earlier call wrote", async () => {
    const pdf = await blankPdf(1);
    applyPdfA(pdf, meta);
    const count = pdf.context.enumerateIndirectObjects().length;
    applyPdfA(pdf, { ...meta, title: "Autre titre" });
    expect(pdf.context.enumerateIndirectObjects().length).toBe(count);
    expect(pdf.getTitle()).toBe("Autre titre");
    expect(xmpOf(pdf).text).toContain("Autre titre");
  });

  it.each([{ createdAt: "12/03/2024" }, { modifiedAt: "2024-03-12T10:00:00+01:00" }])("rejects %o and writes nothing", async (bad) => {
    const pdf = await blankPdf(1);
    expect(() => applyPdfA(pdf, { ...meta, ...bad })).toThrow(InvalidMetadataError);
    expect(pdf.catalog.get(name("Metadata"))).toBeUndefined();
    expect(pdf.context.trailerInfo.Info).toBeUndefined();
  });
});

describe("applyMetadata", () => {
  it("writes Info, XMP without pdfaid, /Lang and DisplayDocTitle, and no output intent", async () => {
    const pdf = await blankPdf(1);
    applyMetadata(pdf, meta);
    const { pdf: back } = await roundTrip(pdf);
    expect(back.getTitle()).toBe(meta.title);
    expect(back.getProducer()).toBe(meta.producer);
    expect(xmpOf(back).text).not.toContain("pdfaid");
    expect(back.catalog.get(name("OutputIntents"))).toBeUndefined();
    expect(back.catalog.lookup(name("ViewerPreferences"), PDFDict).get(name("DisplayDocTitle"))).toBe(PDFBool.True);
  });
});

describe("with poppler", () => {
  it.skipIf(!tools.pdfinfo)(needs("pdfinfo", "pdfinfo shows the metadata, no encryption, and the XMP with -meta"), async () => {
    const pdf = await blankPdf(1);
    applyPdfA(pdf, meta);
    const { bytes } = await roundTrip(pdf);
    const info = runOnPdf("pdfinfo", ["-isodates", "{}"], bytes);
    expect(info.code).toBe(0);
    const field = (label: string) => new RegExp(`^${label}:\\s+(.*)$`, "m").exec(info.stdout)?.[1];
    expect(field("Title")).toBe(meta.title);
    expect(field("Author")).toBe("Préfecture de la Creuse, Département de la Creuse");
    expect(field("Subject")).toBe(meta.subject);
    expect(field("Keywords")).toBe("CLS, insertion & emploi, Creuse");
    expect(field("Creator")).toBe("pacte 0.1.0");
    expect(field("Producer")).toBe("@pacte/pdf 0.1.0");
    expect(field("CreationDate")).toBe("2024-03-12T10:00:00Z");
    expect(field("ModDate")).toBe("2024-04-02T00:00:00Z");
    expect(field("Encrypted")).toBe("no");
    expect(field("Metadata Stream")).toBe("yes");
    const xmp = runOnPdf("pdfinfo", ["-meta", "{}"], bytes).stdout;
    expect(xmp).toContain("<pdfaid:part>2</pdfaid:part>");
    expect(xmp).toContain("Contrat local des solidarités – Creuse (2024)");
  });
});
