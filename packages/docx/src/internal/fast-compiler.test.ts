import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../render-docx";
import { chartDocument } from "../test-support/chart-document";
import { longDocument } from "../test-support/long-document";
import { sampleDocument } from "../test-support/sample-document";
import { compileWith } from "./fast-compiler";

/** docx's private compiler, the one its `Packer` shares with the program. */
const shared = (Packer as unknown as { compiler: { formatter: unknown } }).compiler;

/** The file renderDocx packs, caught on its way to the compiler. */
async function filesOf(doc: Parameters<typeof renderDocx>[0]) {
  const proto = Object.getPrototypeOf(shared) as { compile: (...a: unknown[]) => unknown };
  const own = proto.compile;
  const files: unknown[] = [];
  proto.compile = function (this: unknown, ...a: unknown[]) {
    files.push(a[0]);
    return own.apply(this, a);
  };
  try {
    await renderDocx(doc);
  } finally {
    proto.compile = own;
  }
  return files;
}

describe("packFast", () => {
  it("passes its self-check with the docx this package depends on", async () => {
    const [file] = await filesOf(sampleDocument);
    expect(file).toBeDefined();
    expect(compileWith(file as never, true)).toBeDefined();
  });

  it("writes every part of a contract exactly as docx's own compiler does", async () => {
    for (const doc of [sampleDocument, longDocument(6, 60), chartDocument()]) {
      const files = await filesOf(doc);
      expect(files.length).toBe(1);
      // The file renderDocx built, compiled again by each compiler.
      const ours = compileWith(files[0] as never, true);
      const theirs = compileWith(files[0] as never, false);
      expect(ours).toBeDefined();
      expect([...(ours ?? new Map()).keys()]).toEqual([...(theirs ?? new Map()).keys()]);
      for (const [path, data] of theirs ?? new Map()) expect(ours?.get(path), path).toEqual(data);
    }
  });

  it("leaves Packer's shared compiler as docx made it", async () => {
    const before = shared.formatter;
    await renderDocx(sampleDocument);
    expect(shared.formatter).toBe(before);
  });
});
