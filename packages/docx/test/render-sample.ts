// Renders the sample document (or, with the argument `charts`, the document with charts) and
// prints the SHA-256 of the bytes: run in child processes by the determinism tests
// (`npx tsx --tsconfig tsconfig.test.json test/render-sample.ts [charts]`).
import { createHash } from "node:crypto";
import { renderDocx } from "../src/render-docx";
import { chartDocument } from "../src/test-support/chart-document";
import { sampleDocument } from "../src/test-support/sample-document";

const bytes = await renderDocx(process.argv[2] === "charts" ? chartDocument() : sampleDocument);
process.stdout.write(`${createHash("sha256").update(bytes).digest("hex")}\n`);
