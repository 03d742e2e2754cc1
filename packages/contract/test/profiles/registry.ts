// The team's registry: one line per family of contracts it defines.
import type { Profile } from "@pacte/contract";
import { CTI_2028 } from "./cti-2028/cti-2028";

export const TEAM_PROFILES: readonly Profile[] = [CTI_2028];
