import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDirs } from "../test-support/run";
import { workerDocumentRenderer } from "./render-in-worker";

const fresh = tempDirs();

// A stand-in worker: answers a render with one file whose bytes are the base name, or a bug.
const FAKE_WORKER = `
import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ id, baseName }) => {
  if (baseName === "bug") return parentPort.postMessage({ id, kind: "bug", message: "TypeError : x" });
  if (baseName === "exit") process.exit(7);
  const bytes = new TextEncoder().encode(baseName);
  parentPort.postMessage({ id, kind: "render", result: { ok: true, files: [{ format: "pdf", name: baseName + ".pdf", bytes }] } }, [bytes.buffer]);
});
`;

describe("workerDocumentRenderer", () => {
  it("renders on a worker thread and moves the bytes back; a bug or a crash is thrown", async () => {
    const path = join(fresh(), "worker.mjs");
    writeFileSync(path, FAKE_WORKER);
    const render = workerDocumentRenderer(path);
    const r = await render({ kind: "document", document: {} as never }, "CLS-23", { formats: ["pdf"] });
    expect(r.ok && new TextDecoder().decode(r.files[0]?.bytes)).toBe("CLS-23");
    await expect(render({ kind: "document", document: {} as never }, "bug", { formats: ["pdf"] })).rejects.toThrow("TypeError : x");
    await expect(render({ kind: "document", document: {} as never }, "exit", { formats: ["pdf"] })).rejects.toThrow("code 7");
  });
});
