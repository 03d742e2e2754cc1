import type { IssuePath, Lang } from "@pacte/issues";
import type { Signatory, Signatures } from "./block";
import { formatDate } from "./typography/format-date";
import { frenchLineBreaks } from "./typography/french-line-breaks";

/**
 * What a line of a signature block says.
 *
 * @example
 * const kind: SignatureLineKind = "placeAndDate";
 */
export type SignatureLineKind = "role" | "quality" | "placeAndDate" | "name";

/**
 * One line of a signature block: what it says, its text, and the path of what it comes from.
 *
 * @example
 * const line: SignatureLine = { kind: "placeAndDate", text: "Fait à Guéret, le 12 mars 2024", path: ["body", 9, "signatories", 0, "place"] };
 */
export interface SignatureLine {
  readonly kind: SignatureLineKind;
  readonly text: string;
  readonly path: IssuePath;
}

/**
 * One signatory's block, as both formats print it: the lines above the space where the
 * signatory signs (role, quality, « Fait à …, le … »), that space (the signature field
 * `fieldId`), then the name. Blank lines are left out.
 *
 * @example
 * const block: SignatureBlock = {
 *   fieldId: "signature-etat", path: ["body", 9, "signatories", 0],
 *   above: [{ kind: "role", text: "Pour l’État", path: […] }, { kind: "quality", text: "La préfète de la Creuse", path: […] }, { kind: "placeAndDate", text: "Fait à Guéret, le 12 mars 2024", path: […] }],
 *   below: [{ kind: "name", text: "Anne Martin", path: […] }],
 *   description: "Signature de la préfète de la Creuse, Anne Martin",
 * };
 */
export interface SignatureBlock {
  readonly fieldId: string;
  readonly path: IssuePath;
  readonly above: readonly SignatureLine[];
  readonly below: readonly SignatureLine[];
  /**
   * What the signature field is, in words, for those who do not see the page (the PDF field's
   * `/TU`): see {@link signatureFieldDescription}.
   */
  readonly description: string;
}

/**
 * A row of signature blocks: a left and a right column, either of which may be empty.
 *
 * @example
 * const row: SignatureRow = [undefined, etat]; // one signatory: on the right
 */
export type SignatureRow = readonly [SignatureBlock | undefined, SignatureBlock | undefined];

/**
 * A `signatures` block laid out once for both formats: each signatory's lines, and the rows
 * they go in (two side by side; a lone signatory on the right; the last of an odd number on the
 * left).
 *
 * @example
 * const s: PreparedSignatures = { blocks: [etat, departement], rows: [[etat, departement]] };
 */
export interface PreparedSignatures {
  readonly blocks: readonly SignatureBlock[];
  readonly rows: readonly SignatureRow[];
}

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

function dateInWords(iso: string, lang: Lang): string {
  if (lang === "fr") {
    try {
      return frenchLineBreaks(formatDate(iso)); // « 12 mars 2024 » never broken across a line end
    } catch {
      return iso; // an impossible date: validateDocument reports it; never fail here
    }
  }
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return `${d ?? ""} ${MONTHS_EN[(m ?? 1) - 1] ?? ""} ${y ?? ""}`;
}

/**
 * Where and when a signatory signs, as one line: « Fait à Guéret, le 12 mars 2024 »,
 * « Fait à Guéret », « Le 12 mars 2024 », or `""`. In English (`lang: "en"`, for a document
 * whose language is not French): "Done at Guéret, 12 March 2024".
 *
 * The French date is joined with no-break spaces (`frenchLineBreaks`); a date that does not
 * exist (which `validateDocument` reports) is written as given.
 * @example
 * signaturePlaceAndDate({ place: "Guéret", date: "2024-03-01" }) //=> "Fait à Guéret, le 1er mars 2024" (U+00A0 in the date)
 * signaturePlaceAndDate({ date: "2024-03-12" }) //=> "Le 12 mars 2024"
 * signaturePlaceAndDate({ place: "Guéret", date: "2024-03-12" }, "en") //=> "Done at Guéret, 12 March 2024"
 */
export function signaturePlaceAndDate(signatory: Pick<Signatory, "place" | "date">, lang: Lang = "fr"): string {
  const place = signatory.place?.trim() === "" ? undefined : signatory.place;
  const date = signatory.date === undefined ? undefined : dateInWords(signatory.date, lang);
  if (lang === "en") {
    if (place !== undefined) return date === undefined ? `Done at ${place}` : `Done at ${place}, ${date}`;
    return date ?? "";
  }
  if (place !== undefined) return date === undefined ? `Fait à ${place}` : `Fait à ${place}, le ${date}`;
  return date === undefined ? "" : `Le ${date}`;
}

/** « le préfet » → « du préfet », « la préfète » → « de la préfète », « l’… » → « de l’… », « les … » → « des … », else « de … ». */
function frenchOf(quality: string): string {
  const m = /^(?:(les|le|la)\s+|(l['’])\s*)/iu.exec(quality);
  if (m === null) return `de ${quality}`;
  const rest = quality.slice(m[0].length);
  const article = (m[1] ?? m[2] ?? "").toLowerCase();
  if (article === "le") return `du ${rest}`;
  if (article === "les") return `des ${rest}`;
  if (article === "la") return `de la ${rest}`;
  return `de l’${rest}`;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
/** « The Prefect of Creuse » → « the Prefect of Creuse »; other words as written. */
const lowerArticle = (s: string): string => s.replace(/^(The|A|An)\b/u, (w) => w.toLowerCase());

/**
 * What a signature field is for, in one phrase read by assistive technologies (a PDF field's
 * `/TU`): « Signature du préfet de la Creuse, Jean Dupont » from the signatory's quality (its
 * article contracted), else « Signature pour l’État » from its role; the name after a comma when
 * there is one. In English for a document that is not French: "Signature of the Prefect of
 * Creuse, Jean Dupont".
 *
 * @example
 * signatureFieldDescription({ role: "Pour l’État", quality: "Le préfet de la Creuse", name: "Jean Dupont" }) //=> "Signature du préfet de la Creuse, Jean Dupont"
 * signatureFieldDescription({ role: "Pour l’État", quality: "La préfète de la Creuse", name: "" }) //=> "Signature de la préfète de la Creuse"
 * signatureFieldDescription({ role: "Pour France Travail", quality: "", name: "Julie Petit" }) //=> "Signature pour France Travail, Julie Petit"
 * signatureFieldDescription({ role: "For the State", quality: "The Prefect of Creuse", name: "" }, "en") //=> "Signature of the Prefect of Creuse"
 */
export function signatureFieldDescription(signatory: Pick<Signatory, "role" | "quality" | "name">, lang: Lang = "fr"): string {
  const quality = signatory.quality.trim().replace(/[\s,;:]+$/u, "");
  const role = signatory.role.trim().replace(/[\s,;:]+$/u, "");
  const name = signatory.name.trim();
  let what: string;
  if (lang === "en") what = quality !== "" ? `Signature of ${lowerArticle(quality)}` : role !== "" ? `Signature: ${role}` : "Signature";
  else what = quality !== "" ? `Signature ${frenchOf(quality)}` : role !== "" ? `Signature ${lowerFirst(role)}` : "Signature";
  return name === "" ? what : `${what}, ${name}`;
}

/**
 * One signatory's block: role, quality, place and date above the signing space, the name below.
 *
 * @example
 * signatureBlock({ role: "Pour l’État", quality: "La préfète de la Creuse", name: "Anne Martin", place: "Guéret", date: "2024-03-12", fieldId: "sig" }, ["body", 9, "signatories", 0])
 *   .above.map((l) => l.text)
 * //=> ["Pour l’État", "La préfète de la Creuse", "Fait à Guéret, le 12 mars 2024"]
 */
export function signatureBlock(signatory: Signatory, path: IssuePath, lang: Lang = "fr"): SignatureBlock {
  const line = (kind: SignatureLineKind, text: string, key: string): SignatureLine[] =>
    text.trim() === "" ? [] : [{ kind, text, path: [...path, key] }];
  return {
    fieldId: signatory.fieldId,
    path,
    above: [
      ...line("role", signatory.role, "role"),
      ...line("quality", signatory.quality, "quality"),
      ...line("placeAndDate", signaturePlaceAndDate(signatory, lang), signatory.place === undefined ? "date" : "place"),
    ],
    below: line("name", signatory.name, "name"),
    description: signatureFieldDescription(signatory, lang),
  };
}

/**
 * A `signatures` block prepared: every signatory's block, two per row; a lone signatory goes on
 * the right (where a signature is expected), the last of an odd number on the left.
 *
 * @example
 * prepareSignatures({ type: "signatures", signatories: [etat] }, ["body", 9]).rows //=> [[undefined, { fieldId: "signature-etat", … }]]
 */
export function prepareSignatures(block: Signatures, path: IssuePath, lang: Lang = "fr"): PreparedSignatures {
  const blocks = block.signatories.map((s, i) => signatureBlock(s, [...path, "signatories", i], lang));
  const rows: SignatureRow[] = [];
  if (blocks.length === 1) rows.push([undefined, blocks[0]]);
  else for (let i = 0; i < blocks.length; i += 2) rows.push([blocks[i], blocks[i + 1]]);
  return { blocks, rows };
}
