/**
 * A bounded memo for the typography of a document's texts. The same texts come back again and
 * again: the template's articles in contract after contract of a batch, and every text of a
 * contract when it is composed and when each renderer prepares it. The functions memoised are
 * pure (a text gives the same text whatever came before), so a text read from the memo is the
 * one that computing it again would give: a warm memo changes no byte of any output.
 *
 * Bounded by what it holds, not by time: texts longer than {@link MEMO_MAX_TEXT} are computed
 * every time, and once the texts held reach {@link MEMO_BUDGET} characters, every memo is emptied.
 */

/** The longest text memoised, in UTF-16 code units; a longer one is computed each time. */
export const MEMO_MAX_TEXT = 4096;
/** The characters (texts and results) all memos hold at most before they are emptied: 4 MiB of UTF-16. */
export const MEMO_BUDGET = 1 << 21;

const memos = new Map<string, Map<string, string>>();
let held = 0;

/**
 * `fix` memoised under `key`, which must name everything `fix` depends on besides its text (its
 * options): two functions under one key must give the same results.
 *
 * @example
 * const fix = memoizedText("spacing|imprimerie-nationale", (s) => frenchTypography(s));
 * fix("Objet: l'avenant") === fix("Objet: l'avenant") //=> true (the second from the memo)
 */
export function memoizedText(key: string, fix: (text: string) => string): (text: string) => string {
  return (text) => {
    if (text.length > MEMO_MAX_TEXT) return fix(text);
    let memo = memos.get(key);
    const known = memo?.get(text);
    if (known !== undefined) return known;
    const result = fix(text);
    held += text.length + result.length;
    if (held > MEMO_BUDGET) {
      memos.clear();
      memo = undefined;
      held = text.length + result.length;
    }
    if (memo === undefined) {
      memo = new Map();
      memos.set(key, memo);
    }
    memo.set(text, result);
    return result;
  };
}

/**
 * How many texts the memos hold and their characters; `clear` empties them (a test's cold start).
 *
 * @example
 * textMemoState().texts //=> 0 after textMemoState({ clear: true })
 */
export function textMemoState(options: { readonly clear?: boolean } = {}): { readonly texts: number; readonly characters: number } {
  if (options.clear === true) {
    memos.clear();
    held = 0;
  }
  let texts = 0;
  for (const memo of memos.values()) texts += memo.size;
  return { texts, characters: held };
}
