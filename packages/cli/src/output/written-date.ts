import { formatDate } from "@pacte/document";
import type { CliLang } from "../localized";

/**
 * An ISO date in words, as the command prints it: the French way with `@pacte/document`'s
 * `formatDate` (« 1er janvier 2024 »), or in British English ("1 January 2024"). Read by its
 * components, so no time zone moves it.
 *
 * @example
 * writtenDate("2025-03-14", "fr") //=> "14 mars 2025"
 * writtenDate("2024-01-01", "en") //=> "1 January 2024"
 */
export function writtenDate(iso: string, lang: CliLang): string {
  if (lang === "fr") return formatDate(iso);
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)));
}
