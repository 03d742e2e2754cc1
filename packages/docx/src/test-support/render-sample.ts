// Renders the sample document and prints the SHA-256 of the bytes: run in child processes by the
// determinism test (`npx tsx --tsconfig tsconfig.test.json src/test-support/render-sample.ts`).
import { createHash } from "node:crypto";
import { renderDocx } from "../render-docx";
import { sampleDocument } from "./sample-document";

const bytes = await renderDocx(sampleDocument);
process.stdout.write(`${createHash("sha256").update(bytes).digest("hex")}\n`);
