// The example runs as a person runs it (`npm run demo`), into a temporary folder; the PDF is read
// back with poppler's pdftotext and the DOCX from its XML, and the amounts they print are those
// of a hand computation — the same amounts, in the same order, in both formats.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";

const folder = new URL("..", import.meta.url);
const out = mkdtempSync(join(tmpdir(), "pacte-example-rapport-execution-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const POPPLER = spawnSync("sh", ["-c", "command -v pdftotext"]).status === 0;
const NAME = "CLS-23-2024-001-rapport-execution-2024";

/** Every kind of space folded into one plain space, typographic apostrophes into one. */
const fold = (s: string) => s.replace(/[\s\u00A0\u202F\u2009]+/g, " ").replace(/[’']/g, "'").trim();
/** The amounts in euros a text prints, in order: « 36 871,25 € ». */
const amounts = (text: string) => [...text.matchAll(/\d{1,3}(?: \d{3})*,\d{2} €/g)].map((m) => m[0]);

function pdfText(file: string): string {
  return fold(execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8", maxBuffer: 64 << 20 }));
}

function docxText(file: string): string {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))["word/document.xml"] ?? new Uint8Array());
  return fold(
    xml
      .replace(/<\/w:p>|<w:tab\/>|<w:br\/>/g, " ")
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&"),
  );
}

// The hand computation of the Creuse's 2024 settlement (rapport-2024.yaml against creuseInput()):
//   the State committed 450 000,00 € for 2024 and paid the 80 % advance, 360 000,00 €;
//   due per action = min(State committed, State spent, Département spent):
//     A1.1 38 500 + A1.2 25 000 + A1.3 52 000 + A1.4 35 000 + A1.5 (abandoned) 4 200
//     + A3.1 45 000 + A3.2 41 250,50 + A3.3 55 000 + A3.4 27 640
//     + A4.1 18 900 + A4.2 30 000 + A4.3 24 380,75 = 396 871,25 €;
//   balance = 396 871,25 − 360 000 = 36 871,25 € to pay, nothing to recover;
//   never paid = 450 000 − 396 871,25 = 53 128,75 €.
//   Spent, every funder: 824 592,00 € of 930 000,00 € committed.
const HAND = {
  stateCommitted: "450 000,00 €",
  paid: "360 000,00 €",
  due: "396 871,25 €",
  balance: "36 871,25 €",
  released: "53 128,75 €",
  committed: "930 000,00 €",
  spent: "824 592,00 €",
};

describe("examples/rapport-execution", () => {
  let stdout = "";
  it("checks, settles and writes the Creuse's 2024 report as PDF and DOCX, printing the balance", () => {
    stdout = execFileSync("npx", ["tsx", "src/main.ts", "--out", out], { cwd: folder, encoding: "utf8" });
    expect(fold(stdout)).toContain(fold(`Solde à verser : ${HAND.balance} ; à reverser : 0,00 €`));
    expect(fold(stdout)).toContain(fold(`Part de l’État due : ${HAND.due} ; déjà versée : ${HAND.paid}`));
  }, 120_000);

  it.skipIf(!POPPLER)("prints in the PDF, read back by pdftotext, the amounts of the hand computation", () => {
    const text = pdfText(join(out, `${NAME}.pdf`));
    expect(text).toContain(fold(`Part de l’État engagée ${HAND.stateCommitted}`));
    expect(text).toContain(fold(`Part de l’État due ${HAND.due}`));
    expect(text).toContain(fold(`Déjà versé ${HAND.paid}`));
    expect(text).toContain(fold(`Solde à verser ${HAND.balance}`));
    expect(text).toContain(fold(`Engagement non versé (dégagé) ${HAND.released}`));
    expect(text).toContain(fold(`Engagé, tous financeurs ${HAND.committed}`));
    expect(text).toContain(fold(`Dépensé, tous financeurs ${HAND.spent}`));
    expect(text).toContain(fold(`de verser à la collectivité le solde de ${HAND.balance} au titre de 2024.`));
    // The abandoned action is owed what it spent; an underspent one, what both sides matched.
    expect(text).toContain(fold("Motif de l’abandon : Poste de puéricultrice non pourvu"));
    expect(text).toMatch(/A1\.5 – Soutien à la parentalité en protection maternelle et infantile abandonnée 45 000,00 € 8 400,00 € 18,7 % 4 200,00 €/);
    expect(text).toMatch(/Axe 1 375 000,00 € 322 200,00 € 85,9 % 154 700,00 €/);
  });

  it.skipIf(!POPPLER)("prints the same amounts in the same order in the PDF and in the DOCX", () => {
    const pdf = amounts(pdfText(join(out, `${NAME}.pdf`)));
    const docx = amounts(docxText(join(out, `${NAME}.docx`)));
    expect(pdf.length).toBeGreaterThan(150);
    expect(pdf).toEqual(docx);
  });

  it("refuses a report with an unknown action, an overspend and a parity break: all three, exit 1", () => {
    const r = spawnSync("npx", ["tsx", "src/main.ts", "rapport-errone.yaml", "--out", out], { cwd: folder, encoding: "utf8" });
    expect(r.status).toBe(1);
    const lines = r.stderr.split("\n");
    expect(lines.find((l) => l.includes("execution.unknown_action"))).toContain("actions[5].id");
    expect(lines.find((l) => l.includes("execution.overspend "))).toContain("actions[1].spent.state");
    expect(lines.find((l) => l.includes("execution.parity"))).toContain("actions[6].spent");
  }, 120_000);
});
