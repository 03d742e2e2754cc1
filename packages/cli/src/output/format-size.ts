import type { CliLang } from "../localized";

/**
 * A byte count the French way (« 812 octets », « 245 Ko », « 1,4 Mo ») or the English way
 * ("812 bytes", "245 KB", "1.4 MB").
 *
 * @example
 * formatSize(250_880) //=> "245 Ko"
 * formatSize(1_468_006, "en") //=> "1.4 MB"
 */
export function formatSize(bytes: number, lang: CliLang = "fr"): string {
  const fr = lang === "fr";
  if (bytes < 1024) return `${bytes} ${fr ? "octets" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} ${fr ? "Ko" : "KB"}`;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return fr ? `${mb.replace(".", ",")} Mo` : `${mb} MB`;
}
