import { PDFObject } from "../internal/pdf-lib";

/**
 * A PDF object written once, as text, that pdf-lib copies into the file as it is: for the
 * thousands of small dictionaries of a structure tree, whose `PDFDict`s would each be a map of
 * names and values walked twice when saving (once to size it, once to write it). The text must
 * be what pdf-lib would have written for the same object (`toString()` of its objects), in
 * ASCII; it is then the same bytes.
 *
 * @example
 * const elem = new SerializedObject("<<\n/Type /StructElem\n/S /P\n/P 12 0 R\n>>");
 * elem.sizeInBytes() //=> 38
 */
export class SerializedObject extends PDFObject {
  readonly text: string;

  constructor(text: string) {
    super();
    this.text = text;
  }

  override clone(): SerializedObject {
    return new SerializedObject(this.text);
  }

  override toString(): string {
    return this.text;
  }

  override sizeInBytes(): number {
    return this.text.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    const text = this.text;
    for (let i = 0; i < text.length; i++) buffer[offset + i] = text.charCodeAt(i);
    return text.length;
  }

  /** Written once: nothing registers changes. */
  override registerChange(): void {}
}
