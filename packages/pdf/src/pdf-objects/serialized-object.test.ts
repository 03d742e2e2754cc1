import { describe, expect, it } from "vitest";
import { blankPdf, roundTrip } from "../../test/pdf-object-tools";
import { PDFDict, PDFName } from "../internal/pdf-lib";
import { textString } from "../internal/pdf-values";
import { SerializedObject } from "./serialized-object";

describe("SerializedObject", () => {
  it("writes the bytes pdf-lib writes for the object it stands for", async () => {
    const pdf = await blankPdf(1);
    const dict = pdf.context.obj({ Type: "StructElem", S: "P", K: [0, 1, pdf.getPage(0).ref] }) as PDFDict;
    dict.set(PDFName.of("Alt"), textString("Carte du département"));
    const serialized = new SerializedObject(dict.toString());
    expect(serialized.sizeInBytes()).toBe(dict.sizeInBytes());
    const mine = new Uint8Array(serialized.sizeInBytes() + 2);
    const theirs = new Uint8Array(dict.sizeInBytes() + 2);
    expect(serialized.copyBytesInto(mine, 1)).toBe(dict.copyBytesInto(theirs, 1));
    expect(mine).toEqual(theirs);
  });

  it("is saved in an object stream and read back as the dictionary it is", async () => {
    const pdf = await blankPdf(1);
    const ref = pdf.context.register(new SerializedObject("<<\n/Type /StructElem\n/S /P\n/K [ 0 1 ]\n>>"));
    pdf.catalog.set(PDFName.of("Test"), ref);
    const { pdf: back } = await roundTrip(pdf);
    const read = back.context.lookup(ref, PDFDict);
    expect(read.toString()).toBe("<<\n/Type /StructElem\n/S /P\n/K [ 0 1 ]\n>>");
    expect(new SerializedObject("<<\n>>").clone().toString()).toBe("<<\n>>");
  });
});
