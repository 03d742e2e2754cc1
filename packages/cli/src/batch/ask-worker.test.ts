import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDirs } from "../test-support/run";
import { askWorker } from "./ask-worker";

const fresh = tempDirs();

const FAKE_WORKER = `
import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ id, text }) => {
  if (text === "exit") process.exit(7);
  parentPort.postMessage({ id, kind: "check", result: { issues: [] } });
});
`;

describe("askWorker", () => {
  it("resolves with the answer of the kind asked, and throws when the worker stops without answering", async () => {
    const path = join(fresh(), "worker.mjs");
    writeFileSync(path, FAKE_WORKER);
    const ask = (text: string) => askWorker(path, { id: 4, kind: "check", text, fileName: "a.yaml", lang: "fr" }, "check");
    expect(await ask("ok")).toEqual({ id: 4, kind: "check", result: { issues: [] } });
    await expect(ask("exit")).rejects.toThrow("le fil de travail s’est arrêté (code 7)");
  });
});
