const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A safe file name (without extension) from a contract reference: accents dropped, anything but
 * letters, digits, `.`, `_` and `-` turned into `-`, no leading dot or dash, at most 100
 * characters, never a name Windows reserves; `contrat` when nothing is left.
 *
 * @example
 * outputBaseName("CLS 23/2024 n° 1") //=> "CLS-23-2024-n-1"
 * outputBaseName("../../etc/passwd") //=> "etc-passwd"
 */
export function outputBaseName(reference: string): string {
  const ascii = reference.normalize("NFKD").replace(/\p{M}/gu, "");
  let name = ascii
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 100)
    .replace(/[-.]+$/g, "");
  if (name === "" ) name = "contrat";
  if (RESERVED.test(name.split(".")[0] ?? "")) name = `${name}-contrat`;
  return name;
}
