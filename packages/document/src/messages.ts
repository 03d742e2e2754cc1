import { formatNumber } from "./typography/format-number";
import { defineIssueCatalog, formatPath, type Issue, type IssueCatalog, type IssuePath, type IssueSeverity, type Lang, type MessageFn, deepFreeze } from "@pacte/issues";

type Params = Record<string, unknown>;

/**
 * The closed set of issue codes that {@link validateDocument} produces, besides the structural
 * problems zod finds itself (a number where a string was expected…), which carry the code
 * `schema.<zod code>` (`schema.invalid_type`) and zod's own localised message, as in `@pacte/model`.
 *
 * @example
 * DOCUMENT_ISSUE_CODES.includes("document.unknown_ref") //=> true
 */
export const DOCUMENT_ISSUE_CODES = deepFreeze([
  "document.too_deep",
  "document.unknown_type",
  "document.invalid_id",
  "document.invalid_timestamp",
  "document.invalid_date",
  "document.invalid_language",
  "document.missing_title",
  "document.missing_alt",
  "document.invalid_image_data",
  "document.invalid_property_name",
  "document.invalid_column_width",
  "document.duplicate_id",
  "document.duplicate_field_id",
  "document.unknown_ref",
  "document.table_row_span",
  "document.invalid_character",
  "document.invisible_character",
  "document.unsupported_character",
  "document.text_too_long",
  "document.newline_in_text",
  "document.tab_in_text",
  "document.list_too_deep",
  "document.keep_together_content",
  "document.image_type_mismatch",
  "document.image_corrupt",
  "document.image_too_large",
  "document.invalid_link",
  "document.empty_body",
  "document.empty_heading",
  "document.toc_empty",
  "document.invalid_theme",
  "document.unknown_theme_key",
  "document.page_too_small",
  "document.already_prepared",
  "document.chart_series_length",
  "document.chart_cents",
  "document.chart_too_large",
] as const);

/** One of {@link DOCUMENT_ISSUE_CODES}. */
export type DocumentIssueCode = (typeof DOCUMENT_ISSUE_CODES)[number];

/**
 * The codes reported as warnings (the document stays valid): an empty body, a heading without
 * text, a table of contents with nothing to list, an unknown theme key.
 *
 * @example
 * DOCUMENT_WARNING_CODES.includes("document.empty_body") //=> true
 */
export const DOCUMENT_WARNING_CODES: readonly DocumentIssueCode[] = deepFreeze([
  "document.empty_body",
  "document.empty_heading",
  "document.toc_empty",
  "document.unknown_theme_key",
]);

const MAX_SHOWN = 80;
const s = (v: unknown): string => {
  const text = typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
};
const at = (p: Params, lang: Lang): string => {
  const offset = `${lang === "fr" ? "position" : "offset"} ${s(p.offset)}`;
  const count = typeof p.count === "number" && p.count > 1 ? `, ${p.count} occurrences` : "";
  return `${offset}${count}`;
};
const path = (v: unknown, lang: Lang): string => (Array.isArray(v) ? formatPath(v as IssuePath, lang) : s(v));
const isC1 = (cp: unknown): boolean => typeof cp === "string" && /^U\+00[89][0-9A-F]$/.test(cp);
const SCRIPT_NAMES: Record<string, string> = {
  Arabic: "arabe",
  Hebrew: "hébraïque",
  Han: "chinoise (han)",
  Japanese: "japonaise (kana)",
  Hangul: "coréenne (hangeul)",
  Thai: "thaïe",
  Devanagari: "dévanagari",
  Bengali: "bengalie",
  Tamil: "tamoule",
  Armenian: "arménienne",
  Georgian: "géorgienne",
  Ethiopic: "éthiopienne",
  Syriac: "syriaque",
  Thaana: "thâna",
};
const script = (p: Params, lang: Lang): string => {
  if (p.script === "Emoji") return lang === "fr" ? "émoji ou pictogramme" : "emoji or pictograph";
  if (typeof p.script === "string") return lang === "fr" ? `écriture ${SCRIPT_NAMES[p.script] ?? p.script}` : `${p.script} script`;
  return lang === "fr" ? "symbole hors du répertoire" : "symbol outside the repertoire";
};
/** Integers for limits and sizes: 1 000 000 in French, 1,000,000 in English. */
const n = (v: unknown, lang: Lang): string =>
  typeof v === "number" && Number.isSafeInteger(v) ? (lang === "fr" ? formatNumber(v) : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ",")) : s(v);
/** Why an image cannot be decoded (`params.reason` of `document.image_corrupt`). */
const IMAGE_REASONS: Record<Lang, Record<string, string>> = {
  fr: {
    truncated: "le fichier est tronqué",
    header: "son en-tête est abîmé et ses dimensions ne peuvent pas être lues",
    checksum: "la somme de contrôle d’un de ses blocs ne correspond pas (fichier abîmé)",
    structure: "ses blocs ne sont pas dans l’ordre qu’exige le format",
    data: "ses données d’image sont abîmées (décompression impossible)",
    size: "ses données ne correspondent pas à ses dimensions",
    "no-data": "il ne contient aucune donnée d’image",
    "no-end": "il n’a pas de marqueur de fin (fichier tronqué)",
  },
  en: {
    truncated: "the file is truncated",
    header: "its header is damaged and its size cannot be read",
    checksum: "the checksum of one of its chunks does not match (damaged file)",
    structure: "its chunks are not in the order the format requires",
    data: "its image data is damaged (cannot be decompressed)",
    size: "its data does not match its size",
    "no-data": "it holds no image data",
    "no-end": "it has no end marker (truncated file)",
  },
};
const imageReason = (p: Params, lang: Lang): string => IMAGE_REASONS[lang][String(p.reason)] ?? IMAGE_REASONS[lang].header ?? "";

const fr: Record<DocumentIssueCode, MessageFn> = {
  "document.too_deep": (p) =>
    `Structure trop profonde : plus de ${s(p.max)} niveaux d’imbrication, ou une valeur qui se contient elle-même ; un document n’en demande pas autant, vérifiez la façon dont il est construit.`,
  "document.unknown_type": (p) =>
    `${p.kind === "inline" ? "Élément en ligne" : "Bloc"} de type ${p.received === undefined ? "absent" : `inconnu « ${s(p.received)} »`} ; « type » doit valoir l’un de : ${(p.options as string[] | undefined)?.join(", ") ?? ""}.`,
  "document.invalid_id": (p) =>
    `Identifiant invalide : « ${s(p.received)} » ; une lettre puis des lettres, chiffres, « _ », « . », « : » ou « - » sont attendus (par exemple art-5).`,
  "document.invalid_timestamp": (p) =>
    `Horodatage invalide : « ${s(p.received)} » ; AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SSZ (UTC) attendu, par exemple 2024-03-12.`,
  "document.invalid_date": (p) =>
    `Date invalide : « ${s(p.received)} » ; une date qui existe, au format AAAA-MM-JJ, est attendue (par exemple 2024-03-12).`,
  "document.invalid_language": (p) =>
    `Code de langue invalide : « ${s(p.received)} » ; une étiquette BCP 47 comme fr-FR est attendue.`,
  "document.missing_title": () =>
    `Titre du document manquant : renseignez meta.title (il est écrit dans les propriétés du fichier DOCX et PDF).`,
  "document.missing_alt": () =>
    `Texte alternatif manquant : décrivez l’image dans « alt » (les lecteurs d’écran le lisent), par exemple « Logo du département » ; une image qui ne porte aucune information se marque « decorative: true ».`,
  "document.invalid_image_data": (p) =>
    `Octets d’image attendus (Uint8Array), ${s(p.receivedType)} reçu ; lisez le fichier en octets, par exemple new Uint8Array(await fichier.arrayBuffer()).`,
  "document.invalid_property_name": (p) =>
    `Nom de propriété personnalisée invalide : « ${s(p.received)} » ; une lettre puis des lettres, chiffres, espaces, « _ » ou « - » sont attendus.`,
  "document.invalid_column_width": () =>
    `Largeur de colonne invalide : "auto", { pt: 80 } (en points) ou { fr: 1 } (part de la place restante) est attendu.`,
  "document.duplicate_id": (p) =>
    `Identifiant « ${s(p.id)} » déjà utilisé en ${path(p.firstPath, "fr")} ; chaque titre et chaque tableau doit avoir le sien, car renvois, sommaire et signets pointent vers lui.`,
  "document.duplicate_field_id": (p) =>
    `Identifiant de champ de signature « ${s(p.id)} » déjà utilisé en ${path(p.firstPath, "fr")} ; chaque signataire doit avoir son propre champ.`,
  "document.unknown_ref": (p) =>
    `Renvoi vers « ${s(p.target)} » : aucun titre ne porte cet identifiant ; ${p.suggestion === undefined ? "indiquez l’identifiant (id) d’un titre du document." : `vouliez-vous dire « ${s(p.suggestion)} » ?`}`,
  "document.table_row_span": (p) =>
    `Ligne de tableau ${Number(p.received) < Number(p.columns) ? "incomplète" : "trop longue"} : ses cellules couvrent ${s(p.received)} colonne(s), le tableau en compte ${s(p.columns)} ; ${Number(p.received) < Number(p.columns) ? "ajoutez des cellules ou augmentez colSpan" : "retirez des cellules ou réduisez colSpan"}.`,
  "document.invalid_character": (p) =>
    p.kind === "surrogate"
      ? `Demi-caractère UTF-16 isolé ${s(p.codePoint)} (${at(p, "fr")}) : le texte a sans doute été coupé au milieu d’un émoji ou d’un caractère rare ; corrigez la découpe. Contexte : « ${s(p.excerpt)} ».`
      : `Caractère ${s(p.codePoint)} interdit (${at(p, "fr")}) : XML et PDF ne peuvent pas le porter ; supprimez-le${isC1(p.codePoint) ? " (il vient souvent d’un texte Windows-1252 mal décodé : vérifiez l’encodage de la source)" : ""}. Contexte : « ${s(p.excerpt)} ».`,
  "document.invisible_character": (p) =>
    p.kind === "bidi"
      ? `Caractère de contrôle bidirectionnel ${s(p.codePoint)} (${at(p, "fr")}) : invisible, il inverse l’ordre d’affichage du texte qui le suit (un montant ou une date peut s’y lire à l’envers) ; supprimez-le. Contexte : « ${s(p.excerpt)} ».`
      : `Caractère invisible ${s(p.codePoint)} (${at(p, "fr")}) : il ne s’affiche pas et les formats ne le traitent pas de la même façon ; supprimez-le (seuls le trait d’union conditionnel U+00AD, l’espace sans chasse U+200B et le gluon U+2060 sont admis). Contexte : « ${s(p.excerpt)} ».`,
  "document.unsupported_character": (p) =>
    `Caractère « ${s(p.character)} » (${s(p.codePoint)}, ${script(p, "fr")}) non pris en charge (${at(p, "fr")}) : les documents s’écrivent en alphabet latin (avec ses extensions, vietnamien compris), grec ou cyrillique, avec la ponctuation et les symboles courants ; écrivez ce texte dans l’un d’eux (une translittération, par exemple). Contexte : « ${s(p.excerpt)} ».`,
  "document.text_too_long": (p) =>
    `Texte trop long : ${n(p.length, "fr")} caractères, ${n(p.max, "fr")} au plus dans un même texte ; découpez-le en paragraphes ou en cellules.`,
  "document.newline_in_text": (p) =>
    `Saut de ligne ${s(p.codePoint)} dans un texte (${at(p, "fr")}) : pour aller à la ligne, utilisez un élément { type: "lineBreak" } (br()) ou séparez le texte en paragraphes ; hors d’un paragraphe, remplacez-le par une espace. Contexte : « ${s(p.excerpt)} ».`,
  "document.tab_in_text": (p) =>
    `Tabulation dans un texte (${at(p, "fr")}) : remplacez-la par une espace, ou utilisez un tableau pour aligner des colonnes. Contexte : « ${s(p.excerpt)} ».`,
  "document.list_too_deep": (p) =>
    `Liste imbriquée trop profonde : niveau ${s(p.depth)}, ${s(p.max)} niveaux au plus ; Word ne numérote pas au-delà, regroupez des niveaux.`,
  "document.keep_together_content": (p) =>
    p.type === "toc"
      ? `Un sommaire ne peut pas figurer dans un groupe keepTogether : il peut s’étendre sur plusieurs pages ; placez-le hors du groupe.`
      : p.type === "heading"
        ? `Un titre avec pageBreakBefore ne peut figurer qu’en tête d’un groupe keepTogether, qui garde ses blocs sur une même page ; placez-le en premier ou hors du groupe.`
        : `Un saut de page ne peut pas figurer dans un groupe keepTogether, qui garde ses blocs sur une même page ; placez-le avant ou après le groupe.`,
  "document.image_type_mismatch": (p) =>
    `Image déclarée ${s(p.declared)} mais ses octets ${p.detected === undefined ? "ne sont ni un PNG ni un JPEG" : `sont ceux d’un ${s(p.detected)}`} ; corrigez mimeType ou convertissez l’image en PNG ou en JPEG.`,
  "document.image_corrupt": (p) =>
    `Image ${s(p.declared)} illisible : ${imageReason(p, "fr")} ; exportez-la de nouveau.`,
  "document.image_too_large": (p) =>
    p.limit === "pixels"
      ? `Image ${s(p.declared)} trop grande : ${n(p.width, "fr")} × ${n(p.height, "fr")} pixels, soit ${n(p.received, "fr")} pixels pour ${n(p.max, "fr")} au plus ; réduisez sa définition (une image de contrat n’en demande pas tant).`
      : p.limit === "file"
        ? `Image ${s(p.declared)} trop lourde : ${n(p.received, "fr")} octets pour ${n(p.max, "fr")} au plus ; réduisez sa définition ou compressez-la.`
        : `Image ${s(p.declared)} trop lourde une fois décompressée : ${n(p.received, "fr")} octets pour ${n(p.max, "fr")} au plus ; réduisez sa définition ou sa profondeur de couleur.`,
  "document.invalid_link": (p) =>
    `Lien invalide « ${s(p.href)} » : seules les adresses http:, https: et mailto: sont acceptées${p.scheme === undefined ? " (adresse illisible)" : ` (« ${s(p.scheme)} » reçu)`} ; pour renvoyer à un titre du document, utilisez un renvoi (ref).`,
  "document.empty_body": () => `Document vide : le corps (body) ne contient aucun bloc.`,
  "document.empty_heading": () =>
    `Titre sans texte : il apparaîtra vide dans le sommaire et dans la navigation ; donnez-lui un texte.`,
  "document.toc_empty": (p) =>
    `Sommaire vide : aucun titre de niveau ${s(p.maxLevel)} ou moins à lister ; ajoutez des titres ou retirez le sommaire.`,
  "document.invalid_theme": (p) =>
    `Thème invalide en ${path(p.at, "fr")} : ${s(p.detail)} ; corrigez cette valeur, ou retirez-la pour garder celle du thème par défaut.`,
  "document.unknown_theme_key": (p) =>
    `Clé de thème inconnue « ${s(p.key)} » : elle est ignorée ; ${p.suggestion === undefined ? `les clés connues sont : ${(p.options as string[] | undefined)?.join(", ") ?? ""}.` : `vouliez-vous dire « ${s(p.suggestion)} » ?`}`,
  "document.page_too_small": (p) =>
    `Les marges laissent ${s(p.width)} × ${s(p.height)} pt pour le texte : au moins ${s(p.minimum)} pt de largeur et de hauteur sont nécessaires ; réduisez les marges (page.margins du document ou page.margins du thème).`,
  "document.already_prepared": (p) =>
    `Document déjà préparé : l’option « ${s(p.option)} » a été fixée par prepareDocument et ne peut être redonnée au rendu ; préparez à nouveau le document avec cette option, ou retirez-la.`,
  "document.chart_series_length": (p) =>
    `Série « ${s(p.series)} » du graphique : ${s(p.received)} valeur(s) pour ${s(p.categories)} catégorie(s) ; donnez une valeur par catégorie, dans l’ordre (null là où il n’y en a pas).`,
  "document.chart_cents": (p) =>
    `Montant de graphique ${s(p.received)} : en euros, les valeurs s’écrivent en centimes entiers (50 000 € s’écrit 5000000).`,
  "document.chart_too_large": (p) =>
    p.limit === "series"
      ? `Graphique de ${s(p.received)} séries : ${s(p.max)} au plus, au-delà les couleurs ne se distinguent plus ; regroupez des séries ou faites plusieurs graphiques.`
      : `Graphique de ${n(p.received, "fr")} catégories : ${s(p.max)} au plus, au-delà les barres et les libellés ne se lisent plus ; regroupez des catégories ou faites plusieurs graphiques.`,
};

const en: Record<DocumentIssueCode, MessageFn> = {
  "document.too_deep": (p) =>
    `Structure too deep: more than ${s(p.max)} levels of nesting, or a value that contains itself; no document needs that many, check how it is built.`,
  "document.unknown_type": (p) =>
    `${p.kind === "inline" ? "Inline" : "Block"} with ${p.received === undefined ? "no type" : `unknown type "${s(p.received)}"`}; "type" must be one of: ${(p.options as string[] | undefined)?.join(", ") ?? ""}.`,
  "document.invalid_id": (p) =>
    `Invalid id: "${s(p.received)}"; expected a letter followed by letters, digits, "_", ".", ":" or "-" (e.g. art-5).`,
  "document.invalid_timestamp": (p) =>
    `Invalid timestamp: "${s(p.received)}"; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC), e.g. 2024-03-12.`,
  "document.invalid_date": (p) =>
    `Invalid date: "${s(p.received)}"; expected a date that exists, formatted YYYY-MM-DD (e.g. 2024-03-12).`,
  "document.invalid_language": (p) => `Invalid language code: "${s(p.received)}"; expected a BCP 47 tag such as fr-FR.`,
  "document.missing_title": () => `Missing document title: fill in meta.title (it is written into the DOCX and PDF properties).`,
  "document.missing_alt": () =>
    `Missing alternative text: describe the image in "alt" (screen readers read it), e.g. "Logo of the département"; an image that carries no information is marked "decorative: true".`,
  "document.invalid_image_data": (p) =>
    `Image bytes expected (Uint8Array), received ${s(p.receivedType)}; read the file as bytes, e.g. new Uint8Array(await file.arrayBuffer()).`,
  "document.invalid_property_name": (p) =>
    `Invalid custom property name: "${s(p.received)}"; expected a letter followed by letters, digits, spaces, "_" or "-".`,
  "document.invalid_column_width": () =>
    `Invalid column width: expected "auto", { pt: 80 } (in points) or { fr: 1 } (a share of the remaining space).`,
  "document.duplicate_id": (p) =>
    `Id "${s(p.id)}" is already used at ${path(p.firstPath, "en")}; every heading and table needs its own, since references, the table of contents and bookmarks point to it.`,
  "document.duplicate_field_id": (p) =>
    `Signature field id "${s(p.id)}" is already used at ${path(p.firstPath, "en")}; every signatory needs its own field.`,
  "document.unknown_ref": (p) =>
    `Reference to "${s(p.target)}": no heading has this id; ${p.suggestion === undefined ? "give the id of a heading of the document." : `did you mean "${s(p.suggestion)}"?`}`,
  "document.table_row_span": (p) =>
    `Table row ${Number(p.received) < Number(p.columns) ? "too short" : "too long"}: its cells span ${s(p.received)} column(s), the table has ${s(p.columns)}; ${Number(p.received) < Number(p.columns) ? "add cells or widen colSpan" : "remove cells or reduce colSpan"}.`,
  "document.invalid_character": (p) =>
    p.kind === "surrogate"
      ? `Lone UTF-16 surrogate ${s(p.codePoint)} (${at(p, "en")}): the text was probably cut in the middle of an emoji or a rare character; fix the cut. Context: "${s(p.excerpt)}".`
      : `Character ${s(p.codePoint)} not allowed (${at(p, "en")}): XML and PDF cannot carry it; remove it${isC1(p.codePoint) ? " (it often comes from Windows-1252 text decoded the wrong way: check the source's encoding)" : ""}. Context: "${s(p.excerpt)}".`,
  "document.invisible_character": (p) =>
    p.kind === "bidi"
      ? `Bidirectional control character ${s(p.codePoint)} (${at(p, "en")}): invisible, it reverses the display order of the text after it (an amount or a date may read backwards); remove it. Context: "${s(p.excerpt)}".`
      : `Invisible character ${s(p.codePoint)} (${at(p, "en")}): it does not show and the formats do not treat it alike; remove it (only the soft hyphen U+00AD, the zero-width space U+200B and the word joiner U+2060 are allowed). Context: "${s(p.excerpt)}".`,
  "document.unsupported_character": (p) =>
    `Character "${s(p.character)}" (${s(p.codePoint)}, ${script(p, "en")}) not supported (${at(p, "en")}): documents are written in the Latin alphabet (with its extensions, Vietnamese included), Greek or Cyrillic, with common punctuation and symbols; write this text in one of them (a transliteration, for instance). Context: "${s(p.excerpt)}".`,
  "document.text_too_long": (p) =>
    `Text too long: ${n(p.length, "en")} characters, at most ${n(p.max, "en")} in one text; split it into paragraphs or cells.`,
  "document.newline_in_text": (p) =>
    `Line break ${s(p.codePoint)} inside a text (${at(p, "en")}): to start a new line, use a { type: "lineBreak" } inline (br()) or split the text into paragraphs; outside a paragraph, replace it with a space. Context: "${s(p.excerpt)}".`,
  "document.tab_in_text": (p) =>
    `Tab inside a text (${at(p, "en")}): replace it with a space, or use a table to line up columns. Context: "${s(p.excerpt)}".`,
  "document.list_too_deep": (p) =>
    `Nested list too deep: level ${s(p.depth)}, ${s(p.max)} levels at most; Word does not number beyond that, merge some levels.`,
  "document.keep_together_content": (p) =>
    p.type === "toc"
      ? `A table of contents cannot go inside a keepTogether group: it may run over several pages; move it out of the group.`
      : p.type === "heading"
        ? `A heading with pageBreakBefore can only come first in a keepTogether group, which keeps its blocks on one page; put it first or move it out of the group.`
        : `A page break cannot go inside a keepTogether group, which keeps its blocks on one page; put it before or after the group.`,
  "document.image_type_mismatch": (p) =>
    `Image declared as ${s(p.declared)} but its bytes ${p.detected === undefined ? "are neither a PNG nor a JPEG" : `are a ${s(p.detected)}`}; fix mimeType or convert the image to PNG or JPEG.`,
  "document.image_corrupt": (p) =>
    `Unreadable ${s(p.declared)} image: ${imageReason(p, "en")}; export it again.`,
  "document.image_too_large": (p) =>
    p.limit === "pixels"
      ? `${s(p.declared)} image too large: ${n(p.width, "en")} × ${n(p.height, "en")} pixels, that is ${n(p.received, "en")} pixels for at most ${n(p.max, "en")}; reduce its resolution.`
      : p.limit === "file"
        ? `${s(p.declared)} image too heavy: ${n(p.received, "en")} bytes for at most ${n(p.max, "en")}; reduce its resolution or compress it.`
        : `${s(p.declared)} image too heavy once decompressed: ${n(p.received, "en")} bytes for at most ${n(p.max, "en")}; reduce its resolution or colour depth.`,
  "document.invalid_link": (p) =>
    `Invalid link "${s(p.href)}": only http:, https: and mailto: addresses are accepted${p.scheme === undefined ? " (unreadable address)" : ` (received "${s(p.scheme)}")`}; to point to a heading of the document, use a reference (ref).`,
  "document.empty_body": () => `Empty document: the body has no blocks.`,
  "document.empty_heading": () =>
    `Heading without text: it will show empty in the table of contents and in navigation; give it a text.`,
  "document.toc_empty": (p) =>
    `Empty table of contents: no heading of level ${s(p.maxLevel)} or less to list; add headings or remove the table of contents.`,
  "document.invalid_theme": (p) =>
    `Invalid theme at ${path(p.at, "en")}: ${s(p.detail)}; fix this value, or remove it to keep the default theme's.`,
  "document.unknown_theme_key": (p) =>
    `Unknown theme key "${s(p.key)}": it is ignored; ${p.suggestion === undefined ? `the known keys are: ${(p.options as string[] | undefined)?.join(", ") ?? ""}.` : `did you mean "${s(p.suggestion)}"?`}`,
  "document.page_too_small": (p) =>
    `The margins leave ${s(p.width)} × ${s(p.height)} pt for text: at least ${s(p.minimum)} pt of width and height are needed; reduce the margins (the document's page.margins or the theme's page.margins).`,
  "document.already_prepared": (p) =>
    `Document already prepared: the option "${s(p.option)}" was set by prepareDocument and cannot be given again to the renderer; prepare the document again with this option, or remove it.`,
  "document.chart_series_length": (p) =>
    `Chart series "${s(p.series)}": ${s(p.received)} value(s) for ${s(p.categories)} categories; give one value per category, in order (null where there is none).`,
  "document.chart_cents": (p) =>
    `Chart amount ${s(p.received)}: in euros, values are whole cents (50,000 € is 5000000).`,
  "document.chart_too_large": (p) =>
    p.limit === "series"
      ? `Chart of ${s(p.received)} series: ${s(p.max)} at most, beyond that the colours cannot be told apart; group series or make several charts.`
      : `Chart of ${n(p.received, "en")} categories: ${s(p.max)} at most, beyond that bars and labels cannot be read; group categories or make several charts.`,
};

/**
 * The catalog of `@pacte/document`'s issue codes: their French and English messages and severities.
 *
 * @example
 * DOCUMENT_ISSUES.severity("document.empty_body") //=> "warning"
 */
export const DOCUMENT_ISSUES: IssueCatalog<Record<DocumentIssueCode, MessageFn>> = defineIssueCatalog({
  fr,
  en,
  warnings: DOCUMENT_WARNING_CODES,
});

/**
 * The message for a document issue code, in French by default.
 *
 * @example
 * documentMessage("document.unknown_ref", { target: "art-9" })
 * //=> "Renvoi vers « art-9 » : aucun titre ne porte cet identifiant ; indiquez l’identifiant (id) d’un titre du document."
 */
export function documentMessage(code: DocumentIssueCode, params: Params = {}, lang: Lang = "fr"): string {
  return DOCUMENT_ISSUES.message(code, params, lang);
}

/**
 * Builds a document {@link Issue} from its code: the message comes from the message map, the
 * severity is `warning` for {@link DOCUMENT_WARNING_CODES} and `error` otherwise.
 *
 * @example
 * documentIssue("document.empty_body", ["body"]).severity //=> "warning"
 */
export function documentIssue(
  code: DocumentIssueCode,
  path: IssuePath,
  params: Params = {},
  options: { severity?: IssueSeverity; lang?: Lang } = {},
): Issue {
  return DOCUMENT_ISSUES.issue(code, path, params, options);
}
