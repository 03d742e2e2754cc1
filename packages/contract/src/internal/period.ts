import type { IsoDate } from "@pacte/model";
import type { ParsedContractInput } from "../input";
import type { Profile } from "../profile";

/** The contract's period: the input's, else the profile's (also when the input's is missing or invalid). */
export function contractPeriod(input: Partial<Pick<ParsedContractInput, "period">>, profile: Pick<Profile, "period">): { start: IsoDate; end: IsoDate } {
  return input.period ?? { start: profile.period.start, end: profile.period.end };
}

/** The civil years from the start's to the end's, both included; empty when the end is first. */
export function yearsBetween(start: IsoDate, end: IsoDate): number[] {
  const from = Number(start.slice(0, 4));
  const to = Number(end.slice(0, 4));
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}
