import { amountToFrenchWords, formatEuros } from "@pacte/document";

/** "1 200 000,00 €". */
export function euros(cents: number): string {
  return formatEuros(cents);
}

/** "un million deux cent mille euros (1 200 000,00 €)": words, then figures. */
export function eurosInFull(cents: number): string {
  return `${amountToFrenchWords(cents)} (${formatEuros(cents)})`;
}
