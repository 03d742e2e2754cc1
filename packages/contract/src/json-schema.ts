import { MoneyInputSchema, toJsonSchema, type JsonSchema } from "@pacte/model";
import { ContractInputSchema } from "./input";
import { CONTRACT_INPUT_FORMAT_KEY } from "./input-format";
import { AMOUNT_PLACES, type AmountPlaces } from "./internal/amount-places";
import { CONTRACT_LIMITS } from "./limits";

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);

/** A copy of `schema` whose amounts, found along `places`, are `amount`. */
function withAmounts(schema: Node, places: AmountPlaces, amount: Node): Node {
  const out: Node = { ...schema };
  for (const [key, place] of Object.entries(places)) {
    const replace = (child: unknown): unknown => (place === true ? amount : isNode(child) ? withAmounts(child, place, amount) : child);
    if (key === "*") {
      if (isNode(schema.items)) out.items = replace(schema.items);
      else if (isNode(schema.additionalProperties)) out.additionalProperties = replace(schema.additionalProperties);
    } else if (isNode(schema.properties) && key in schema.properties) {
      out.properties = { ...(out.properties as Node), [key]: replace(schema.properties[key]) };
    }
  }
  return out;
}

/** An amount in euros, as format 2 writes it. */
function euroAmount(): Node {
  const { $schema: _, title: __, ...money } = toJsonSchema(MoneyInputSchema, { io: "input" }) as Node;
  return {
    ...money,
    description:
      "Montant en euros (format 2) : « 40 000 € », « 40 000,00 € », « 1 234,56 » ou un nombre d’euros ayant au plus deux décimales (40000, 1234.56).",
    examples: ["40 000 €", "1 234,56 €", 40000],
    minimum: 0,
    maximum: CONTRACT_LIMITS.amountCents / 100,
  };
}

/**
 * The JSON Schema (draft 2020-12) of a contract's input — what a team writes in a JSON or YAML
 * file — so editors can complete and check it. It describes both formats of the input (see
 * `CONTRACT_INPUT_FORMATS`) with `if`/`then`/`else` on the top-level `format` key: with
 * `format: 2` (`then`), amounts in euros, numbers or French euro texts (`"40 000 €"`); without it
 * (`else`), amounts as integers of cents. Dates are `YYYY-MM-DD` strings; cross-field rules
 * (parity, axes, dates in order) are left to `validateContract`.
 *
 * @example
 * contractInputJsonSchema().required //=> ["reference", "profile", "state", "collectivite", "signature", "actions"]
 * contractInputJsonSchema().then.properties.stateAnnualCeiling.type //=> ["string", "number"]
 * contractInputJsonSchema().else.properties.stateAnnualCeiling.type //=> "integer"
 */
export function contractInputJsonSchema(): JsonSchema {
  const { $schema, ...cents } = toJsonSchema(ContractInputSchema, { io: "input" }) as Node;
  const properties = isNode(cents.properties) ? cents.properties : {};
  const required = Array.isArray(cents.required) ? (cents.required as string[]) : [];
  const euros = withAmounts(cents, AMOUNT_PLACES, euroAmount());
  const format = (version: 1 | 2, description: string): Node => ({ const: version, description });
  return {
    $schema,
    title: "Entrée d’un contrat (Pacte des solidarités)",
    description:
      "Avec « format: 2 » en tête, les montants s’écrivent en euros (« 40 000 € », « 1 234,56 », 40000) ; sans clé format, en centimes entiers (4000000 = 40 000 €).",
    type: "object",
    required,
    properties: {
      [CONTRACT_INPUT_FORMAT_KEY]: { enum: [1, 2], description: "Format de l’entrée : 2 = montants en euros ; 1 ou absent = montants en centimes." },
    },
    if: { properties: { [CONTRACT_INPUT_FORMAT_KEY]: { const: 2 } }, required: [CONTRACT_INPUT_FORMAT_KEY] },
    then: {
      ...euros,
      properties: { [CONTRACT_INPUT_FORMAT_KEY]: format(2, "Montants en euros."), ...(euros.properties as Node) },
      required: [CONTRACT_INPUT_FORMAT_KEY, ...required],
    },
    else: { ...cents, properties: { [CONTRACT_INPUT_FORMAT_KEY]: format(1, "Montants en centimes entiers."), ...properties } },
  } as JsonSchema;
}
