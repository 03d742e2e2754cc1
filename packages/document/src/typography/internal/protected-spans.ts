/**
 * Marks the characters of URLs (`scheme://…`, `www.…`) and e-mail addresses, which the French
 * typography normaliser must leave byte for byte. Linear scans (no backtracking regex), so a
 * hostile 100 000-character word costs no more than its length.
 */

/** Characters that end a URL: any white space, and the quotes and angle brackets that usually frame one. */
const URL_END = /[\s"<>«»]/u;
const SCHEME_CHAR = /[A-Za-z0-9+.-]/;
const LETTER_ASCII = /[A-Za-z]/;
const WORD_ASCII = /[A-Za-z0-9_]/;
/** RFC 5322 `atext` and the dot, plus any letter or digit. */
const LOCAL_CHAR = /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}-]/u;

/** Marks a URL from `from` to the next character that ends it; returns that end. */
function extendUrl(text: string, from: number, mask: Uint8Array): number {
  let end = from;
  while (end < text.length && !URL_END.test(text[end] ?? " ")) end++;
  mask.fill(1, from, end);
  return end;
}

/** `www.` in any case (`toLowerCase` gives `w` only for `W`, and `.` only for `.`). */
const WWW = /www\./i;

/**
 * Whether `text` may hold a URL or an e-mail address: it has `://`, `www.` (any case) or `@`.
 * When it has none, {@link protectedMask} is all zeros, and stays so after `frenchLineBreaks`'
 * joins, which only change spaces and hyphens.
 */
export function mayHoldProtected(text: string): boolean {
  return text.includes("://") || text.includes("@") || WWW.test(text);
}

/** A mask with 1 on every character that belongs to a URL or an e-mail address in `text`. */
export function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  if (!mayHoldProtected(text)) return mask;
  // scheme://…
  for (let at = text.indexOf("://"), next = 0; at !== -1; at = text.indexOf("://", Math.max(at + 3, next))) {
    let start = at;
    while (start > 0 && SCHEME_CHAR.test(text[start - 1] ?? "") && mask[start - 1] === 0) start--;
    while (start < at && !LETTER_ASCII.test(text[start] ?? "")) start++;
    if (start < at) next = extendUrl(text, start, mask);
  }
  // www.…
  const lower = text.toLowerCase();
  for (let at = lower.indexOf("www."), next = 0; at !== -1; at = lower.indexOf("www.", Math.max(at + 4, next))) {
    if (mask[at] === 1 || (at > 0 && WORD_ASCII.test(text[at - 1] ?? ""))) continue;
    next = extendUrl(text, at, mask);
  }
  // local@domain.tld
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_CHAR.test(text[start - 1] ?? "")) start--;
    let end = at + 1;
    while (end < text.length) {
      let label = end;
      while (label < text.length && DOMAIN_CHAR.test(text[label] ?? "")) label++;
      if (label === end) break;
      end = label;
      if (text[end] === "." && DOMAIN_CHAR.test(text[end + 1] ?? "")) end++;
      else break;
    }
    if (start < at && end > at + 1) mask.fill(1, start, end);
  }
  return mask;
}
