import { bench, describe } from "vitest";
import { amountToFrenchWords } from "./amount-in-words";
import { formatDate } from "./format-date";
import { formatEuros } from "./format-euros";
import { frenchTypography } from "./french-spacing";

// What a user would otherwise pick: the runtime's Intl (whose spaces vary across ICU versions).
const amounts = Array.from({ length: 1000 }, (_, i) => (i * 7_919_113) % 1_000_000_000);
const intlEuros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const intlDate = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dates = Array.from({ length: 1000 }, (_, i) => {
  const d = new Date(Date.UTC(2024, 0, 1 + i));
  return d.toISOString().slice(0, 10);
});

describe("1 000 amounts in euros", () => {
  bench("formatEuros (integer cents, exact)", () => {
    for (const c of amounts) formatEuros(c);
  });
  bench("Intl.NumberFormat fr-FR currency", () => {
    for (const c of amounts) intlEuros.format(c / 100);
  });
});

describe("1 000 dates in words", () => {
  bench("formatDate (« 1er janvier 2024 »)", () => {
    for (const d of dates) formatDate(d);
  });
  bench("Intl.DateTimeFormat fr-FR (no « 1er »)", () => {
    for (const d of dates) intlDate.format(new Date(`${d}T00:00:00Z`));
  });
});

const paragraph =
  "Le présent contrat a pour objet : la mise en œuvre du Pacte des solidarités ; voir https://www.solidarites.gouv.fr/pacte?x=1 ! L'action \"pilote\" concerne 50 % des publics, n° 12. ";
const text = paragraph.repeat(200);

// No common library does these two for French: measured alone, to follow them over time.
describe("frenchTypography", () => {
  bench("frenchTypography on 40 kB of text", () => {
    frenchTypography(text);
  });
});

describe("amountToFrenchWords", () => {
  bench("amountToFrenchWords on 1 000 amounts", () => {
    for (const c of amounts) amountToFrenchWords(c);
  });
});
