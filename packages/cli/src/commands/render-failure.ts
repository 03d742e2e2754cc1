import type { Issue } from "@pacte/issues";
import type { CliStream } from "../cli-io";
import type { CliLang } from "../localized";
import type { TerminalStyle } from "../output/terminal-style";

/**
 * Prints why a checked contract could not be rendered (the renderer's issues: a character no
 * font draws…): a heading, then one issue line each.
 *
 * @example
 * await printRenderFailure(ctx, "contrat.yaml", result.issues)
 */
export async function printRenderFailure(
  ctx: { readonly stderr: CliStream; readonly lang: CliLang; readonly style: { readonly stderr: TerminalStyle } },
  file: string,
  issues: readonly Issue[],
): Promise<void> {
  const { issueLine } = await import("../output/format-issues");
  const { wrapText } = await import("../output/wrap-text");
  ctx.stderr.write(ctx.lang === "fr" ? `${file} : le document ne peut pas être produit\n` : `${file}: the document cannot be produced\n`);
  for (const i of issues) ctx.stderr.write(`${wrapText(`  ${issueLine(file, i, ctx.lang, ctx.style.stderr)}`, ctx.style.stderr.width, 6)}\n`);
}
