/**
 * A value as a message quotes it: strings as they are, anything else as JSON (never
 * « [object Object] »).
 *
 * @example
 * show("2B") //=> "2B"
 * show(12) //=> "12"
 * show(["a", 1]) //=> '["a",1]'
 */
export function show(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "bigint" || typeof value === "symbol" || typeof value === "function") return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * A list as a French or English sentence quotes it: « a, b et c » / "a, b and c".
 *
 * @example
 * showList(["1", "3", "4"]) //=> "1, 3 et 4"
 * showList(["1", "3"], "en") //=> "1 and 3"
 * showList("x") //=> "x"
 */
export function showList(value: unknown, lang: "fr" | "en" = "fr"): string {
  if (!Array.isArray(value)) return show(value);
  const items = value.map(show);
  if (items.length <= 1) return items.join("");
  const last = items.pop();
  return `${items.join(", ")} ${lang === "fr" ? "et" : "and"} ${last}`;
}
