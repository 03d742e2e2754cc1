// The invisible format characters (Unicode category Cf) a contract's text may not hold: bidi
// controls can reverse how amounts and dates show (« 10 000,00 € » read as « 00,000 01 »), and
// the others hide in a text without being seen. Named in French and English for the messages.

const NAMES: Readonly<Record<number, readonly [string, string]>> = {
  0x00ad: ["trait d’union conditionnel", "soft hyphen"],
  0x061c: ["marque de lettre arabe", "Arabic letter mark"],
  0x180e: ["séparateur de voyelles mongol", "Mongolian vowel separator"],
  0x200b: ["espace sans chasse", "zero width space"],
  0x200c: ["antiliant sans chasse", "zero width non-joiner"],
  0x200d: ["liant sans chasse", "zero width joiner"],
  0x200e: ["marque gauche-à-droite", "left-to-right mark"],
  0x200f: ["marque droite-à-gauche", "right-to-left mark"],
  0x202a: ["début d’incorporation gauche-à-droite", "left-to-right embedding"],
  0x202b: ["début d’incorporation droite-à-gauche", "right-to-left embedding"],
  0x202c: ["fin de formatage directionnel", "pop directional formatting"],
  0x202d: ["forçage gauche-à-droite", "left-to-right override"],
  0x202e: ["forçage droite-à-gauche", "right-to-left override"],
  0x2060: ["gluon de mots", "word joiner"],
  0x2066: ["isolat gauche-à-droite", "left-to-right isolate"],
  0x2067: ["isolat droite-à-gauche", "right-to-left isolate"],
  0x2068: ["isolat à direction déterminée", "first strong isolate"],
  0x2069: ["fin d’isolat directionnel", "pop directional isolate"],
  0xfeff: ["espace insécable sans chasse (BOM)", "zero width no-break space (BOM)"],
};

/** The first invisible format character of a text: its code point written `U+202E`, its names and its position (from 1). */
export interface InvisibleCharacter {
  readonly character: string;
  readonly name: string;
  readonly nameEn: string;
  readonly position: number;
}

/** The first invisible format character (category Cf) of `text`, or `undefined`. */
export function firstInvisibleCharacter(text: string): InvisibleCharacter | undefined {
  const m = /\p{Cf}/u.exec(text);
  if (m === null) return undefined;
  const code = m[0].codePointAt(0) ?? 0;
  const [name, nameEn] = NAMES[code] ?? ["caractère de formatage invisible", "invisible format character"];
  return { character: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`, name, nameEn, position: [...text.slice(0, m.index)].length + 1 };
}
