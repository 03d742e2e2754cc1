import type { Contract, ContractCollectivite } from "../contract";
import { visaOf, type ProfileVisa } from "./visa";

/**
 * Whether a visa applies to a contract with this collectivity.
 *
 * @example
 * visaApplies(visaOf({ text: "Vu …", provenance: "confirmed", sources: [], appliesTo: { collectivites: ["75C"] } }), parisCollectivite) //=> true
 */
export function visaApplies(visa: ProfileVisa, collectivite: ContractCollectivite): boolean {
  const when = visa.appliesTo;
  if (when === undefined) return true;
  const ids = [collectivite.code, collectivite.siren].filter((v): v is string => v !== undefined);
  if (when.collectivites !== undefined && ids.some((id) => when.collectivites?.includes(id))) return true;
  if (when.collectiviteKinds !== undefined && collectivite.kind === "collectivite" && when.collectiviteKinds.includes(collectivite.record.kind)) return true;
  if (when.metropoleStatutes !== undefined && collectivite.kind === "metropole" && when.metropoleStatutes.includes(collectivite.record.statute)) return true;
  return false;
}

/**
 * The templates of a contract's profile visas that apply to its collectivity, in the profile's
 * order (without the input's own visas).
 *
 * @example
 * applicableVisaTexts(parisContract).some((t) => t.includes("L. 2512-1")) //=> true
 */
export function applicableVisaTexts(contract: Pick<Contract, "profile" | "collectivite">): string[] {
  return contract.profile.visas.map(visaOf).filter((v) => visaApplies(v, contract.collectivite)).map((v) => v.text);
}
