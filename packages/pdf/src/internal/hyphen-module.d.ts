// Types for the part of `hyphen` 1.14 (https://github.com/ytiurin/hyphen, ISC; French patterns
// from hyph-utf8's hyph-fr.tex, MIT) that the package uses: it ships no declarations.
declare module "hyphen" {
  /** The patterns of one language as the package stores them: levels, a trie, exceptions. */
  export type HyphenPatterns = readonly [unknown, unknown, Record<string, unknown>?];
  export interface HyphenatorOptions {
    readonly hyphenChar?: string;
    readonly minWordLength?: number;
    readonly html?: boolean;
  }
  /** Builds a synchronous hyphenator: text in, text with `hyphenChar` at every hyphenation point out. */
  export default function createHyphenator(patterns: HyphenPatterns, options?: HyphenatorOptions): (text: string) => string;
}

declare module "hyphen/patterns/fr.js" {
  import type { HyphenPatterns } from "hyphen";
  const patterns: HyphenPatterns;
  export default patterns;
}
