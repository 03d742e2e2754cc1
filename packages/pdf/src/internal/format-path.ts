const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Prints an issue path as the rest of the project does: `body[3].content[0].text`.
 *
 * @example
 * formatIssuePath(["body", 3, "content", 0, "text"]) //=> "body[3].content[0].text"
 * formatIssuePath([]) //=> "(racine)"
 */
export function formatIssuePath(path: readonly (string | number)[], lang: "fr" | "en" = "fr"): string {
  if (path.length === 0) return lang === "fr" ? "(racine)" : "(root)";
  let out = "";
  for (const key of path) {
    if (typeof key === "number" || /^\d+$/.test(key)) out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
