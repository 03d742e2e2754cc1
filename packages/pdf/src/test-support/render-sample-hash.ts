// Renders the sample document and prints the SHA-256 of the PDF: run in child processes by the
// determinism test (`npx tsx --tsconfig tsconfig.test.json src/test-support/render-sample-hash.ts`).
import { createHash } from "node:crypto";
import { renderPdf } from "../default-fonts";
import { sampleDocument } from "./sample-document";

const bytes = await renderPdf(sampleDocument());
process.stdout.write(`${createHash("sha256").update(bytes).digest("hex")}\n`);
