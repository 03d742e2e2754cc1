import { z } from "zod";
import { DepartementCodeSchema } from "../insee";
import { REFERENCE_DATE } from "./as-of";
import { articleForms } from "./article-forms";
import type { ExecutiveTitle } from "./collectivite";
import { getDepartement } from "./departement-lookup";
import { GenderSchema, titleFor, type Gender } from "./gender";
import { RegionCodeSchema } from "./region";
import { getRegion, regionOfDepartement } from "./region-lookup";
import { SourcedSchema, type SourceRef } from "./sourced";

/**
 * Why a département préfet's title is « préfet » followed by the département's name after
 * « de »: the INSEE COG gives the name and its article (TNCC), and préfectures title their acts
 * that way (« PRÉFET DE LA CÔTE-D'OR », « PRÉFÈTE DU RHÔNE », « PRÉFET DE LA LOIRE-ATLANTIQUE »).
 */
const DEPARTEMENT_TITLE_SOURCES: readonly SourceRef[] = [
  "github:datagouv/decoupage-administratif/sources/departements.csv",
  "https://www.cote-dor.gouv.fr/contenu/telechargement/25566/195595/file/recueil-21-2026-031-recueil-des-actes-administratifs-special.pdf",
  "https://www.rhone.gouv.fr/contenu/telechargement/66630/448748/file/RAA_69-2025-336-191225.pdf",
  "https://www.loire-atlantique.gouv.fr/contenu/telechargement/70173/506428/file/RAA%20n%C2%B0199%20du%2001%20d%C3%A9cembre%202025.pdf",
];

/**
 * The title of the préfet of a département in both genders: « préfet de la Creuse » /
 * « préfète de la Creuse », « préfet du Rhône », « préfet des Hauts-de-Seine », « préfet de
 * Paris », « préfet de La Réunion »; `undefined` for an unknown département.
 *
 * @example
 * prefetTitleOfDepartement("23") //=> { masculine: "préfet de la Creuse", feminine: "préfète de la Creuse" }
 * prefetTitleOfDepartement("92")?.masculine //=> "préfet des Hauts-de-Seine"
 * prefetTitleOfDepartement("2A")?.masculine //=> "préfet de la Corse-du-Sud"
 */
export function prefetTitleOfDepartement(departementCode: string): ExecutiveTitle | undefined {
  const dep = getDepartement(departementCode);
  if (dep === undefined) return undefined;
  return { masculine: `préfet ${dep.withDe}`, feminine: `préfète ${dep.withDe}` };
}

/**
 * A préfet's full quality as a contract writes it mid-sentence, for one gender and one day:
 *
 * - `departementTitle`: « préfète du Bas-Rhin »;
 * - `regionTitle`: « préfète de la région Grand Est », when this préfet is also the préfet de
 *   région (`isPrefetDeRegion`) and the region's title comes first;
 * - `quality`: both, region first: « préfète de la région Grand Est, préfète du Bas-Rhin »,
 *   « préfet de la région d'Île-de-France, préfet de Paris », « préfet de Corse, préfet de la
 *   Corse-du-Sud »; the département's title alone otherwise;
 * - `withArticle`, `withDe`, `withA`: the quality after its article, « de » and « à » (« la
 *   préfète… », « du préfet… », « au préfet… »); sentence case is the composer's job;
 * - `provenance`, `sources`: those of the region's title when there is one (its exact string is
 *   stored with its source), else those of the rule for départements' titles.
 *
 * @example
 * PrefetQualitySchema.parse(prefetQuality("67")).isPrefetDeRegion //=> true
 */
export const PrefetQualitySchema = z
  .object({
    departement: DepartementCodeSchema,
    gender: GenderSchema,
    departementTitle: z.string().min(1),
    regionTitle: z.string().min(1).optional(),
    quality: z.string().min(1),
    withArticle: z.string().min(1),
    withDe: z.string().min(1),
    withA: z.string().min(1),
    isPrefetDeRegion: z.boolean(),
    regionCode: RegionCodeSchema.optional(),
  })
  .extend(SourcedSchema.shape)
  .meta({ title: "PrefetQuality", description: "Qualité complète d’un préfet (préfet de région et de département le cas échéant), avec ses formes." });
/** A préfet's full quality. See {@link PrefetQualitySchema}. */
export type PrefetQuality = z.infer<typeof PrefetQualitySchema>;

/**
 * Options of {@link prefetQuality}: the holder's `gender` (default `m`) and the day `asOf`
 * (default `REFERENCE_DATE`).
 *
 * @example
 * const options: PrefetQualityOptions = { gender: "f", asOf: "2024-06-24" };
 */
export interface PrefetQualityOptions {
  readonly gender?: Gender | undefined;
  readonly asOf?: string | undefined;
}

/**
 * The full quality of the préfet of a département on a day: when the département holds its
 * region's chef-lieu, its préfet is also the préfet de région, and the quality says both, from
 * the region's stored title (never from a template). Before the 2016 map (or for a date the data
 * does not cover) the region is unknown: the département's title alone, `isPrefetDeRegion`
 * false. `undefined` for an unknown département.
 *
 * @example
 * prefetQuality("23", { gender: "f" })?.quality //=> "préfète de la Creuse"
 * prefetQuality("67")?.quality //=> "préfet de la région Grand Est, préfet du Bas-Rhin"
 * prefetQuality("75")?.quality //=> "préfet de la région d'Île-de-France, préfet de Paris"
 * prefetQuality("69", { gender: "f" })?.withArticle //=> "la préfète de la région Auvergne-Rhône-Alpes, préfète du Rhône"
 * prefetQuality("2A")?.quality //=> "préfet de Corse, préfet de la Corse-du-Sud"
 * prefetQuality("2B")?.isPrefetDeRegion //=> false
 * prefetQuality("974")?.quality //=> "préfet de La Réunion" (provenance "unconfirmed": see the README)
 */
export function prefetQuality(departementCode: string, options: PrefetQualityOptions = {}): PrefetQuality | undefined {
  const dep = getDepartement(departementCode);
  const title = prefetTitleOfDepartement(departementCode);
  if (dep === undefined || title === undefined) return undefined;
  const gender: Gender = options.gender === "f" ? "f" : "m";
  const asOf = options.asOf ?? REFERENCE_DATE;
  const departementTitle = titleFor(title, gender);
  const region = regionOfDepartement(dep.code, { asOf });
  const isPrefetDeRegion = region !== undefined && region.chefLieuDepartement === dep.code;
  const regionTitle = isPrefetDeRegion && region.prefet.title !== undefined ? titleFor(region.prefet.title, gender) : undefined;
  const quality = regionTitle === undefined ? departementTitle : `${regionTitle}, ${departementTitle}`;
  const forms = articleForms(quality, gender === "f" ? 3 : 2);
  const sourced = isPrefetDeRegion
    ? { provenance: region.prefet.provenance, sources: [...region.prefet.sources] }
    : { provenance: "confirmed" as const, sources: [...DEPARTEMENT_TITLE_SOURCES] };
  return {
    departement: dep.code,
    gender,
    departementTitle,
    ...(regionTitle !== undefined ? { regionTitle } : {}),
    quality,
    withArticle: forms.withArticle,
    withDe: forms.withDe,
    withA: forms.withA,
    isPrefetDeRegion,
    ...(region !== undefined ? { regionCode: region.code } : {}),
    ...sourced,
  };
}

/**
 * The full quality of a region's préfet de région: that of the préfet of its chef-lieu
 * département ({@link prefetQuality}), who holds both offices. `undefined` for an unknown region
 * or a day before the 2016 map.
 *
 * @example
 * prefetDeRegionQuality("44")?.departement //=> "67"
 * prefetDeRegionQuality("11", { gender: "f" })?.quality //=> "préfète de la région d'Île-de-France, préfète de Paris"
 */
export function prefetDeRegionQuality(regionCode: string, options: PrefetQualityOptions = {}): PrefetQuality | undefined {
  const region = getRegion(regionCode, { asOf: options.asOf });
  return region === undefined ? undefined : prefetQuality(region.chefLieuDepartement, options);
}

/**
 * Whether the préfet of this département is also the préfet de région on `asOf` — so that a
 * contract signed « pour l'État » by both the préfet de département and the préfet de région
 * names one person once (Paris, Lyon, Strasbourg, Ajaccio, Marseille…).
 *
 * @example
 * isPrefetDeRegion("69") //=> true
 * isPrefetDeRegion("23") //=> false
 * isPrefetDeRegion("2A") //=> true
 */
export function isPrefetDeRegion(departementCode: string, options: { readonly asOf?: string | undefined } = {}): boolean {
  return prefetQuality(departementCode, { asOf: options.asOf })?.isPrefetDeRegion ?? false;
}
