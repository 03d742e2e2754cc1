import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDirs } from "../test-support/run";
import { stoppableContractChecker, workerContractChecker } from "./check-in-worker";

const fresh = tempDirs();

// A stand-in worker: answers a check with one issue that names the worker and the file, or a bug.
const FAKE_WORKER = `
import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ id, kind, text, fileName, lang, maxSize }) => {
  if (text === "bug") return parentPort.postMessage({ id, kind: "bug", message: "TypeError : x" });
  if (text === "render") return parentPort.postMessage({ id, kind: "render", result: { ok: true, files: [] } });
  parentPort.postMessage({ id, kind, result: { issues: [{ code: "worker", path: [], message: fileName + " " + lang + " " + maxSize + " " + text.length, severity: "error" }] } });
});
`;

function fakeWorker(): string {
  const path = join(fresh(), "worker.mjs");
  writeFileSync(path, FAKE_WORKER);
  return path;
}

describe("stoppableContractChecker", () => {
  it("checks a text longer than the threshold on the worker, a shorter one in this thread", async () => {
    const check = stoppableContractChecker(fakeWorker(), 100);
    const large = await check("x".repeat(101), "gros.yaml", { lang: "en", maxSize: 5000 });
    expect(large.issues.map((i) => [i.code, i.message])).toEqual([["worker", "gros.yaml en 5000 101"]]);
    const small = await check("reference: X\n", "petit.json", { lang: "fr" });
    expect(small.issues[0]?.code).toBe("input.syntax");
  });

  it("checks every text in this thread when there is no worker (running from the sources)", async () => {
    const r = await stoppableContractChecker(undefined, 0)("reference: X\n", "a.json", { lang: "fr" });
    expect(r.issues[0]?.code).toBe("input.syntax");
  });
});

describe("workerContractChecker", () => {
  it("throws a worker's bug, or an answer of another kind", async () => {
    const check = workerContractChecker(fakeWorker());
    await expect(check("bug", "a.yaml", { lang: "fr" })).rejects.toThrow("TypeError : x");
    await expect(check("render", "a.yaml", { lang: "fr" })).rejects.toThrow("réponse inattendue du fil de travail : render au lieu de check");
  });
});
