import { formatPath } from "@pacte/model";
import type { CommandContext } from "../command-spec";

/**
 * Prints why a checked contract could not be rendered (the renderer's issues: a character no
 * font draws…), one `path  code  message` line each.
 *
 * @example
 * printRenderFailure(ctx, "contrat.yaml", error.issues)
 */
export function printRenderFailure(
  ctx: Pick<CommandContext, "stderr">,
  file: string,
  issues: readonly { code: string; path: readonly (string | number)[]; message: string }[],
): void {
  ctx.stderr.write(`${file} : le document ne peut pas être produit\n`);
  for (const i of issues) ctx.stderr.write(`  ${formatPath(i.path)}  ${i.code}  ${i.message}\n`);
}
