/** Word's limit on bookmark names. */
const MAX_LENGTH = 40;

/**
 * A short, stable hash of a string (FNV-1a, 32 bits, as 8 hex digits).
 *
 * @example
 * shortHash("art-5") //=> an 8-digit hex string, always the same for "art-5"
 */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * Gives every id a bookmark name Word accepts (a letter, then letters, digits or `_`, 40
 * characters at most), derived from the id so the names read well ("art_5" for "art-5"), unique
 * within the document, and the same for the same ids in the same order. Bookmark ids (`w:id`)
 * count from 0 per document.
 *
 * @example
 * new BookmarkNames().get("heading:art-5", "art-5") //=> { name: "art_5", id: 0 }
 */
export class BookmarkNames {
  private readonly byKey = new Map<string, { name: string; id: number }>();
  private readonly used = new Set<string>();
  private next = 0;

  /** The bookmark of a key (`heading:art-5`, `signature:sig-etat`), made on first use. */
  get(key: string, base: string): { name: string; id: number } {
    const existing = this.byKey.get(key);
    if (existing) return existing;
    let name = base.replace(/[^A-Za-z0-9_]/g, "_");
    if (!/^[A-Za-z]/.test(name)) name = `b${name}`;
    if (name.length > MAX_LENGTH) name = `${name.slice(0, MAX_LENGTH - 9)}_${shortHash(base)}`;
    if (this.used.has(name.toLowerCase())) {
      const stem = name.slice(0, MAX_LENGTH - 6);
      let n = 2;
      while (this.used.has(`${stem}_${n}`.toLowerCase())) n++;
      name = `${stem}_${n}`;
    }
    this.used.add(name.toLowerCase());
    const bookmark = { name, id: this.next++ };
    this.byKey.set(key, bookmark);
    return bookmark;
  }
}
