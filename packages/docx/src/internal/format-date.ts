import { formatDate } from "@pacte/document";

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * An ISO date in words: French by `formatDate` ("1er mars 2024"), or English ("1 March 2024").
 *
 * @example
 * formatIsoDate("2024-03-01", "fr") //=> "1er mars 2024"
 */
export function formatIsoDate(iso: string, lang: "fr" | "en"): string {
  if (lang === "fr") return formatDate(iso);
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return `${d} ${MONTHS_EN[(m ?? 1) - 1] ?? ""} ${y}`;
}
