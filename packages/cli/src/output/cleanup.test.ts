import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDirs } from "../test-support/run";
import { cleanupNow, pendingTempFiles, trackCreatedFolder, trackTempFile, untrackTempFile } from "./cleanup";

const fresh = tempDirs();

describe("cleanupNow", () => {
  it("removes the temporary files being written and the empty folders this run created", () => {
    const dir = fresh();
    const made = join(dir, "sortie", "lot");
    mkdirSync(made, { recursive: true });
    trackCreatedFolder(join(dir, "sortie"));
    trackCreatedFolder(made);
    const temp = join(made, ".a.pdf.pacte-1-1.tmp");
    writeFileSync(temp, "moitié");
    trackTempFile(temp);
    trackTempFile(join(made, "déjà-renommé.tmp"));
    expect(pendingTempFiles()).toBe(2);
    cleanupNow();
    expect(existsSync(join(dir, "sortie"))).toBe(false);
    expect(pendingTempFiles()).toBe(0);
  });

  it("keeps a folder that holds finished outputs, and forgets a renamed file", () => {
    const dir = fresh();
    trackCreatedFolder(dir);
    writeFileSync(join(dir, "fini.pdf"), "%PDF");
    trackTempFile(join(dir, "x.tmp"));
    untrackTempFile(join(dir, "x.tmp"));
    expect(pendingTempFiles()).toBe(0);
    cleanupNow();
    expect(existsSync(join(dir, "fini.pdf"))).toBe(true);
  });
});
