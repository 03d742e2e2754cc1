import type { Profile } from "../profile";
import { CALPAE_2019 } from "./calpae-2019/calpae-2019";
import { CLS_DEPARTEMENT_2024 } from "./cls-2024/cls-departement-2024";
import { CLS_METROPOLE_2024 } from "./cls-2024/cls-metropole-2024";

/**
 * The profiles this package ships, newest family first. A family of contracts is a folder of
 * data under `profiles/` (its texts and its profiles) plus one line here.
 *
 * @example
 * SHIPPED_PROFILES.map((p) => p.id) //=> ["cls-departement-2024", "cls-metropole-2024", "calpae-2019"]
 */
export const SHIPPED_PROFILES: readonly Profile[] = Object.freeze([CLS_DEPARTEMENT_2024, CLS_METROPOLE_2024, CALPAE_2019]);

/**
 * Options of the profile look-ups: `profiles`, a team's own profiles (made with
 * `defineProfile`), looked at before the shipped ones — a custom profile may reuse a shipped id
 * to replace it. Nothing global is mutated.
 *
 * @example
 * const options: ProfileLookupOptions = { profiles: [myProfile] };
 */
export interface ProfileLookupOptions {
  readonly profiles?: readonly Profile[] | undefined;
}

/**
 * The profile with this id — a team's own first, then the shipped ones — or `undefined`.
 * Never throws.
 *
 * @example
 * getProfile("cls-metropole-2024")?.counterparty //=> "metropole"
 * getProfile("cls-2024") //=> undefined
 */
export function getProfile(id: string, options: ProfileLookupOptions = {}): Profile | undefined {
  if (typeof id !== "string") return undefined;
  return options.profiles?.find((p) => p.id === id) ?? SHIPPED_PROFILES.find((p) => p.id === id);
}

/**
 * Every profile available: a team's own first, then the shipped ones whose id they do not reuse.
 *
 * @example
 * listProfiles().length //=> 3
 * listProfiles({ profiles: [myProfile] }).length //=> 4
 */
export function listProfiles(options: ProfileLookupOptions = {}): readonly Profile[] {
  const own = options.profiles ?? [];
  const ids = new Set(own.map((p) => p.id));
  return [...own, ...SHIPPED_PROFILES.filter((p) => !ids.has(p.id))];
}
