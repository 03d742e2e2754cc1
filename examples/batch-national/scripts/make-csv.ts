// Writes montants.csv: one row per collectivity with departmental powers in force on
// 2024-01-01 (100) and per métropole (22), with the State's yearly amounts for 2024–2027.
//
// The amounts are INVENTED: a deterministic function of the collectivity's code (a hash), in
// plausible ranges — they are proportional to nothing real (not population, not poverty rate,
// not any published envelope). Run `npm run make-csv` to write the file again: same data, same
// bytes, every time. The file is committed with the example.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { listCollectivites, listMetropoles } from "@pacte/model";

const AS_OF = "2024-01-01";
const YEARS = [2024, 2025, 2026, 2027] as const;

/** FNV-1a, 32 bits: a small, stable hash of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Yearly amounts in whole euros, rounded to 1 000 €: a base in [min, max], then +0 to +6 % a year. */
function amounts(key: string, min: number, max: number): number[] {
  const h = hash(key);
  const base = min + (h % (max - min));
  let current = base;
  return YEARS.map((_, k) => {
    if (k > 0) current = current * (1 + ((h >>> (4 * k)) % 7) / 100);
    return Math.round(current / 1000) * 1000;
  });
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

const rows: string[] = [
  "# Montants annuels de l'État (en euros) pour 2024–2027 : INVENTÉS par scripts/make-csv.ts (fonction déterministe du code), proportionnels à rien de réel.",
  "# La part de la collectivité est égale à celle de l'État (parité 50/50) ; ref : code de la collectivité (23D, 6AE…) ou SIREN de la métropole.",
  ["ref", "nom", "profil", ...YEARS.map((y) => `etat_${y}`)].join(","),
];
for (const c of listCollectivites({ asOf: AS_OF })) {
  rows.push([c.code, quote(c.name), "cls-departement-2024", ...amounts(c.code, 250_000, 1_500_000)].join(","));
}
for (const m of listMetropoles()) {
  rows.push([m.siren, quote(m.name), "cls-metropole-2024", ...amounts(m.siren, 150_000, 900_000)].join(","));
}

const target = fileURLToPath(new URL("../montants.csv", import.meta.url));
writeFileSync(target, `${rows.join("\n")}\n`);
console.log(`${rows.length - 3} lignes écrites dans montants.csv`);
