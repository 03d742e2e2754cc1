import { deepFreeze } from "@pacte/issues";
import { formatDate } from "@pacte/document";
import { IsoDateSchema, ProvenanceSchema, SourceRefSchema, type IsoDate } from "@pacte/model";
import { z } from "zod";

/**
 * A *loi de finances de l'année*: the year it funds, its number and the day it was promulgated
 * (the date in its title), with how sure that is and where it was read.
 *
 * @example
 * FinanceLawSchema.parse(FINANCE_LAWS.find((l) => l.year === 2024)).number //=> "2023-1322"
 */
export const FinanceLawSchema = z.object({
  year: z.number().int(),
  number: z.string().regex(/^\d{4}-\d+$/),
  date: IsoDateSchema,
  provenance: ProvenanceSchema,
  sources: z.array(SourceRefSchema),
});
/** See {@link FinanceLawSchema}. */
export type FinanceLaw = z.infer<typeof FinanceLawSchema>;

/**
 * The finance laws of the years the shipped profiles fund (2019–2025), each confirmed by the
 * Journal officiel's text as Légifrance or the Sénat publish it. Later years are not listed until
 * their law is promulgated: a contract then cites « la loi de finances pour 2026 » without a
 * number (see {@link financeLawCitation}).
 *
 * @example
 * FINANCE_LAWS.map((l) => l.year) //=> [2019, 2020, 2021, 2022, 2023, 2024, 2025]
 */
export const FINANCE_LAWS: readonly FinanceLaw[] = deepFreeze([
  {
    year: 2019,
    number: "2018-1317",
    date: "2018-12-28",
    provenance: "confirmed",
    sources: ["https://www.doctrine.fr/l/texts/lois/JORFTEXT000037882341", "http://www.affaires-publiques.org/textof/TO/18/15334-1218.htm"],
  },
  {
    year: 2020,
    number: "2019-1479",
    date: "2019-12-28",
    provenance: "confirmed",
    sources: ["https://vdocuments.fr/journal-officiel-de-la-rpublique-franaise-n-302-20191229-i-a.html", "http://www.affaires-publiques.org/textof/TO/19/16814-1219.htm"],
  },
  {
    year: 2021,
    number: "2020-1721",
    date: "2020-12-29",
    provenance: "confirmed",
    sources: ["http://www.senat.fr/espace_presse/actualites/202010/projet_de_loi_de_finances_pour_2021.html"],
  },
  {
    year: 2022,
    number: "2021-1900",
    date: "2021-12-30",
    provenance: "confirmed",
    sources: ["https://circulaires.legifrance.gouv.fr/loda/id/LEGIARTI000044794640/2022-01-01/"],
  },
  {
    year: 2023,
    number: "2022-1726",
    date: "2022-12-30",
    provenance: "confirmed",
    sources: ["https://senat.fr/salle-de-presse/202210/loi-de-finances-pour-2023.html"],
  },
  {
    year: 2024,
    number: "2023-1322",
    date: "2023-12-29",
    provenance: "confirmed",
    sources: ["http://www.vie-publique.fr./loi/291190-loi-du-29-decembre-2023-de-finances-pour-2024-budget-plf", "https://tricoteuses.fr/legifrance/articles/JORFARTI000048727384"],
  },
  {
    year: 2025,
    number: "2025-127",
    date: "2025-02-14",
    provenance: "confirmed",
    sources: ["https://juriblio.fr/lois/loi-no-2025-127-du-14-fevrier-2025/185385735"],
  },
] satisfies FinanceLaw[]);

/**
 * What a contract cites as its finance law: the law of `year` — the first year the contract
 * funds — as `designation` (« la loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024 »),
 * unless it was not promulgated on the signature date: the contract then cites the law in force
 * that day (`year` is that law's) and `pendingYear` is the year whose law is awaited (the
 * profile's `phrases.financeLawPending` says the commitment for that year depends on it).
 *
 * @example
 * const c: FinanceLawCitation = financeLawCitation(2024, "2023-12-20");
 * c.pendingYear //=> 2024
 */
export interface FinanceLawCitation {
  readonly year: number;
  readonly designation: string;
  readonly pendingYear?: number | undefined;
  readonly law?: FinanceLaw | undefined;
}

function designation(law: FinanceLaw | undefined, year: number): string {
  return law === undefined ? `la loi de finances pour ${year}` : `la loi n° ${law.number} du ${formatDate(law.date)} de finances pour ${law.year}`;
}

/**
 * The finance law a contract funding first `firstYear` and signed on `signature` cites (see
 * {@link FinanceLawCitation}): that year's law when it was promulgated by the signature date —
 * never a later law. A year the table does not list is cited without a number once the signature
 * falls in a later year; before, the latest law promulgated by the signature date is cited (the
 * previous year's, without a number, when the table has none) and the year stays pending.
 *
 * @example
 * financeLawCitation(2024, "2024-06-24").designation //=> "la loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024"
 * financeLawCitation(2024, "2023-12-20").designation //=> "la loi n° 2022-1726 du 30 décembre 2022 de finances pour 2023"
 * financeLawCitation(2024, "2023-12-20").pendingYear //=> 2024
 * financeLawCitation(2026, "2027-03-01").designation //=> "la loi de finances pour 2026"
 */
export function financeLawCitation(firstYear: number, signature: IsoDate, laws: readonly FinanceLaw[] = FINANCE_LAWS): FinanceLawCitation {
  const own = laws.find((l) => l.year === firstYear);
  if (own !== undefined && own.date <= signature) return { year: firstYear, designation: designation(own, firstYear), law: own };
  if (own === undefined && Number(signature.slice(0, 4)) > firstYear) return { year: firstYear, designation: designation(undefined, firstYear) };
  const inForce = laws.filter((l) => l.date <= signature && l.year < firstYear).sort((a, b) => b.year - a.year)[0];
  if (inForce === undefined) return { year: firstYear - 1, designation: designation(undefined, firstYear - 1), pendingYear: firstYear };
  return { year: inForce.year, designation: designation(inForce, inForce.year), pendingYear: firstYear, law: inForce };
}
