// Renders the sample document and prints the SHA-256 of the PDF: run in child processes by the
// determinism test (`npx tsx --tsconfig tsconfig.test.json test/render-sample-hash.ts`).
import { createHash } from "node:crypto";
import { renderPdf } from "../src/default-fonts";
import { sampleDocument } from "../src/test-support/sample-document";

const bytes = await renderPdf(sampleDocument());
process.stdout.write(`${createHash("sha256").update(bytes).digest("hex")}\n`);
