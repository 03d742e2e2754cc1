// The module vite.config.ts makes at build time with `pacteChoices()` (see choices-plugin.ts).
declare module "virtual:pacte-choices" {
  import type { Choices } from "./choices";
  /** What the form offers to choose from, computed at build time from @pacte/model and @pacte/contract. */
  export const CHOICES: Choices;
}
