/** The category a section comment of an index file names. */
export function sectionTitle(comment: string): string;
/** Each exported name of an index file with the category of its section. */
export function apiCategories(source: string, first?: string): Map<string, string>;
/** Loaded by TypeDoc. */
export function load(app: unknown): void;
