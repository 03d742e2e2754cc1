/**
 * A byte count the French way: « 812 octets », « 245 Ko », « 1,4 Mo ».
 *
 * @example
 * formatSize(250_880) //=> "245 Ko"
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} Ko`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} Mo`;
}
