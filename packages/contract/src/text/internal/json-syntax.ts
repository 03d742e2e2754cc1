// Finds where JSON text goes wrong, for a message with line and column: `JSON.parse` in Node 20
// does not always say where. Only called after `JSON.parse` failed.

/**
 * The first syntax error of a JSON text: its offset and what was wrong (French and English).
 *
 * @example
 * const e: JsonSyntaxError = { offset: 8, fr: "virgule en trop avant « } »", en: "trailing comma before \"}\"" };
 */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly fr: string;
  readonly en: string;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const show = (text: string, i: number): string => (i >= text.length ? "" : JSON.stringify(text[i]));

function describe(text: string, i: number, fr: string, en: string): JsonSyntaxError {
  if (i >= text.length) return { offset: text.length, fr: "fin de fichier inattendue (un guillemet, un crochet ou une accolade manque-t-il ?)", en: "unexpected end of file (a missing quote, bracket or brace?)" };
  const c = show(text, i);
  return { offset: i, fr: `${fr} ; « ${c.slice(1, -1)} » trouvé`, en: `${en}; found ${c}` };
}

/**
 * The first syntax error of `text` read as JSON, or `undefined` if it is valid JSON.
 *
 * @example
 * findJsonSyntaxError('{"a": 1,}')?.offset //=> 8
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  // Stack of containers: "{" or "[".
  const stack: string[] = [];

  const string = (): JsonSyntaxError | undefined => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return { offset: i, fr: "caractère de contrôle (retour à la ligne, tabulation) dans une chaîne ; écrivez \\n ou \\t", en: "control character (line break, tab) inside a string; write \\n or \\t" };
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, fr: "échappement \\u invalide : quatre chiffres hexadécimaux attendus", en: "invalid \\u escape: four hex digits expected" };
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return { offset: i, fr: "échappement invalide dans une chaîne", en: "invalid escape in a string" };
        i += 2;
        continue;
      }
      i++;
    }
    return { offset: text.length, fr: "chaîne non terminée : un guillemet fermant manque", en: "unterminated string: a closing quote is missing" };
  };

  const scalar = (): JsonSyntaxError | undefined => {
    const c = text[i];
    if (c === '"') return string();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m !== null && m[0] !== "-" && m[0].length > 0) {
      i += m[0].length;
      return undefined;
    }
    if (c === "'") return describe(text, i, "les chaînes JSON s’écrivent entre guillemets doubles", "JSON strings take double quotes");
    return describe(text, i, "valeur attendue (chaîne entre guillemets doubles, nombre, true, false, null, objet ou tableau)", "value expected (double-quoted string, number, true, false, null, object or array)");
  };

  // A state machine rather than recursion, so a file of a million "[" cannot overflow the stack.
  let state: "value" | "key" | "after" = "value";
  for (;;) {
    skip();
    if (state === "value") {
      const c = text[i];
      if (c === "{" || c === "[") {
        const close = c === "{" ? "}" : "]";
        i++;
        skip();
        if (text[i] === close) {
          i++;
          state = "after";
        } else {
          stack.push(c);
          state = c === "{" ? "key" : "value";
        }
        continue;
      }
      const e = scalar();
      if (e) return e;
      state = "after";
      continue;
    }
    if (state === "key") {
      if (text[i] !== '"') return describe(text, i, "nom de propriété entre guillemets doubles attendu", "double-quoted property name expected");
      const e = string();
      if (e) return e;
      skip();
      if (text[i] !== ":") return describe(text, i, "« : » attendu après le nom de propriété", "\":\" expected after the property name");
      i++;
      state = "value";
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) break;
    const close = top === "{" ? "}" : "]";
    if (text[i] === ",") {
      i++;
      skip();
      if (text[i] === close) return { offset: i, fr: `virgule en trop avant « ${close} »`, en: `trailing comma before "${close}"` };
      state = top === "{" ? "key" : "value";
    } else if (text[i] === close) {
      i++;
      stack.pop();
    } else {
      return describe(text, i, `« , » ou « ${close} » attendu`, `"," or "${close}" expected`);
    }
  }
  skip();
  if (i < text.length) return describe(text, i, "contenu en trop après la fin du document JSON", "extra content after the end of the JSON document");
  return undefined;
}

/**
 * The 1-based line and column of an offset in `text` (columns count UTF-16 code units).
 *
 * @example
 * lineColumn("a\nbc", 3) //=> { line: 2, column: 2 }
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      start = k + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
