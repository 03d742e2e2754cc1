import { contractInputInEuros, type ContractInput, type ContractTextFormat } from "@pacte/contract";
import { formatEuros } from "@pacte/document";
import { Document, isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";

type ActionInput = ContractInput["actions"][number];

/**
 * How a contract file writes its amounts: `cents` (format 1: integers of cents, each with its
 * value in euros as a comment) or `euros` (format 2, `format: 2`: « 40 000 € »).
 *
 * @example
 * const style: AmountStyle = "euros";
 */
export type AmountStyle = "cents" | "euros";

/**
 * How a contract input as read writes its amounts: `euros` when it says `format: 2`.
 *
 * @example
 * amountStyleOf({ format: 2, actions: [] }) //=> "euros"
 * amountStyleOf({ actions: [] }) //=> "cents"
 */
export function amountStyleOf(raw: unknown): AmountStyle {
  return typeof raw === "object" && raw !== null && (raw as { format?: unknown }).format === 2 ? "euros" : "cents";
}

/** « 40 000 € »: what a comment beside an amount in cents says. */
const plainEuros = (cents: number): string => formatEuros(cents, { cents: "never-if-round", separator: " ", space: " " });

/** The actions with their amounts as `style` writes them (format 2 through `contractInputInEuros`). */
function actionsIn(actions: readonly ActionInput[], style: AmountStyle): unknown[] {
  switch (style) {
    case "cents":
      return [...actions];
    case "euros": {
      const written = contractInputInEuros({ actions: [...actions] } as unknown as ContractInput).actions;
      return Array.isArray(written) ? written : [];
    }
  }
}

/** Puts « # 40 000 € » beside each amount in cents of the actions' YAML node. */
function commentAmounts(actions: Node): void {
  const comment = (node: unknown): void => {
    if (isScalar(node) && typeof node.value === "number" && Number.isSafeInteger(node.value)) node.comment = ` ${plainEuros(node.value)}`;
  };
  if (!isSeq(actions)) return;
  for (const action of actions.items) {
    if (!isMap(action)) continue;
    const funding = action.get("funding", true);
    if (!isMap(funding)) continue;
    for (const pair of funding.items) {
      const year = pair.value;
      if (!isMap(year)) continue;
      comment(year.get("state", true));
      comment(year.get("collectivite", true));
      const others = year.get("others", true);
      if (isSeq(others)) for (const o of others.items) if (isMap(o)) comment(o.get("amount", true));
    }
  }
}

/** The YAML node of the actions, amounts as `style` writes them. */
function actionsNode(doc: Document, actions: readonly ActionInput[], style: AmountStyle): Node {
  const node = doc.createNode(actionsIn(actions, style)) as Node;
  if (style === "cents") commentAmounts(node);
  return node;
}

/**
 * The actions read from a sheet as a text of their own (what `pacte import` writes without
 * `--into`): `actions:` in YAML — with `format: 2` first when amounts are in euros — or
 * `{ "actions": […] }` in JSON.
 *
 * @example
 * actionsText(actions, "yaml", "cents").startsWith("actions:\n  - id: A1.1") //=> true
 */
export function actionsText(actions: readonly ActionInput[], format: ContractTextFormat, style: AmountStyle): string {
  const head = style === "euros" ? { format: 2 } : {};
  switch (format) {
    case "json":
      return `${JSON.stringify({ ...head, actions: actionsIn(actions, style) }, null, 2)}\n`;
    case "yaml": {
      const doc = new Document(head);
      doc.set("actions", actionsNode(doc, actions, style));
      return doc.toString({ lineWidth: 0 });
    }
  }
}

/**
 * A contract's text with its actions replaced (what `pacte import --into` writes): in YAML, only
 * the lines of `actions` change — every other line, comment and blank line of the file stays as
 * it was written, byte for byte; in JSON, the file is written again with two spaces. Amounts are
 * written as the file writes them (`style`).
 *
 * @example
 * replaceActions("# Mon contrat\nreference: CLS-1\nactions: []\n", "yaml", actions, "cents").startsWith("# Mon contrat\nreference: CLS-1\nactions:\n") //=> true
 */
export function replaceActions(text: string, format: ContractTextFormat, actions: readonly ActionInput[], style: AmountStyle): string {
  switch (format) {
    case "json": {
      const value = JSON.parse(text) as Record<string, unknown>;
      return `${JSON.stringify({ ...value, actions: actionsIn(actions, style) }, null, 2)}\n`;
    }
    case "yaml": {
      const doc = parseDocument(text);
      const root = doc.contents;
      const block = actionsText(actions, "yaml", style).replace(/^format: 2\n/, "").replace(/\n$/, "");
      if (!isMap(root) || root.flow === true) {
        doc.set("actions", actionsNode(doc, actions, style));
        return doc.toString({ lineWidth: 0 });
      }
      const pair = root.items.find((p) => isScalar(p.key) && p.key.value === "actions");
      const keyStart = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
      const valueEnd = (pair?.value as Node | null | undefined)?.range?.[2];
      if (keyStart === undefined || valueEnd === undefined) return `${text.replace(/\n*$/, "\n")}${block}\n`;
      const start = text.lastIndexOf("\n", keyStart - 1) + 1;
      // A flow value's range takes its line end with it; a block value's stops before.
      const lineEnd = text[valueEnd - 1] === "\n" ? "\n" : "";
      return `${text.slice(0, start)}${block}${lineEnd}${text.slice(valueEnd)}`;
    }
  }
}
