import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nodeFileSystem } from "../file-system";
import { smallYaml } from "../test-support/inputs";
import { tempDir } from "../test-support/run";
import { runBatchJob, type BatchJob } from "./batch-job";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup(files: Record<string, string>): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  for (const [n, t] of Object.entries(files)) writeFileSync(join(dir, n), t);
  return dir;
}
const job = (dir: string, name: string): BatchJob => ({ file: join(dir, name), shown: name, formats: ["docx"], pdfa: true, maxSize: 1_000_000, lang: "fr" });

describe("runBatchJob", () => {
  it("renders a valid contract without writing anything", async () => {
    const dir = setup({ "a.yaml": await smallYaml("23D") });
    let t = 0;
    const r = await runBatchJob(job(dir, "a.yaml"), nodeFileSystem(), () => (t += 5));
    expect(r.status).toBe("ok");
    expect(r.files.map((f) => f.name)).toEqual(["CLS-23D-2024-001.docx"]);
    expect(r.ms).toBe(5);
  });

  it.each([
    ["b.yaml", "x: [\n", "invalid"],
    ["/dev/zero", undefined, "invalid"],
    ["absent.yaml", undefined, "error"],
  ])("%s → %s", async (name, text, status) => {
    const dir = setup(text === undefined ? {} : { [name]: text });
    const r = await runBatchJob(name.startsWith("/") ? { ...job(dir, "x"), file: name, shown: name } : job(dir, name), nodeFileSystem(), () => 0);
    expect(r.status).toBe(status);
    if (status === "error") expect(r.message).toBe("impossible de lire « absent.yaml » : fichier ou dossier introuvable");
  });

  it("turns an unexpected error into a result", async () => {
    const dir = setup({ "a.yaml": "a: 1\n" });
    const fs = { ...nodeFileSystem(), readFileBounded: () => Promise.reject(new RangeError("bizarre")) };
    const r = await runBatchJob(job(dir, "a.yaml"), fs, () => 0);
    expect(r).toMatchObject({ status: "error", message: "erreur interne (RangeError : bizarre)" });
  });
});
