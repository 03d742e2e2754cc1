import { CentsSchema } from "@pacte/model";
import { z } from "zod";
import { ActionSchema } from "../input";

const Id = z.string().min(1);
const PathSchema = z.array(z.union([z.string(), z.number()]));

/**
 * A field of the contract outside its actions changed (`path` from the input's root, e.g.
 * `["governance", "meetingsPerYear"]`); `before` / `after` are absent when the field was added
 * or removed. Arrays (visas, members, instalments…) are compared and reported whole.
 *
 * @example
 * FieldChangeSchema.parse({ kind: "field", path: ["governance", "meetingsPerYear"], before: 1, after: 2 }).path
 * //=> ["governance", "meetingsPerYear"]
 */
export const FieldChangeSchema = z.object({
  kind: z.literal("field"),
  path: PathSchema,
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
/** A changed field outside the actions. */
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/**
 * An action the revised contract adds (`index`: its place in the revised list).
 *
 * @example
 * ActionAddedSchema.shape.kind.value //=> "action-added"
 */
export const ActionAddedSchema = z.object({
  kind: z.literal("action-added"),
  actionId: Id,
  index: z.number().int().min(0),
  action: ActionSchema,
});
/** An added action. */
export type ActionAdded = z.infer<typeof ActionAddedSchema>;

/**
 * An action the revised contract removes (`index`: its place in the base list).
 *
 * @example
 * ActionRemovedSchema.shape.kind.value //=> "action-removed"
 */
export const ActionRemovedSchema = z.object({
  kind: z.literal("action-removed"),
  actionId: Id,
  index: z.number().int().min(0),
  action: ActionSchema,
});
/** A removed action. */
export type ActionRemoved = z.infer<typeof ActionRemovedSchema>;

/**
 * A field of an action present in both versions changed (its title, carrier, indicators…; not
 * its funding, see {@link FundingChangeSchema}). Arrays are reported whole.
 *
 * @example
 * ActionFieldChangeSchema.parse({ kind: "action-field", actionId: "A2", field: "carrier", before: "CCAS", after: "CIAS" }).field //=> "carrier"
 */
export const ActionFieldChangeSchema = z.object({
  kind: z.literal("action-field"),
  actionId: Id,
  field: Id,
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
/** A changed field of an action. */
export type ActionFieldChange = z.infer<typeof ActionFieldChangeSchema>;

/**
 * Who brings money: the State, the collectivity, or another partner (named in `partner`).
 *
 * @example
 * FundingPartySchema.parse("state") //=> "state"
 */
export const FundingPartySchema = z.enum(["state", "collectivite", "other"]);
/** A funder. */
export type FundingParty = z.infer<typeof FundingPartySchema>;

/**
 * One amount of an action present in both versions changed: the year, the funder, the amounts
 * before and after in cents (0 when the year or the partner is absent from one version).
 *
 * @example
 * FundingChangeSchema.parse({ kind: "funding", actionId: "A1", year: 2025, party: "state", before: 5000000, after: 4000000 }).after //=> 4000000
 */
export const FundingChangeSchema = z.object({
  kind: z.literal("funding"),
  actionId: Id,
  year: z.number().int(),
  party: FundingPartySchema,
  partner: z.string().min(1).optional(),
  before: CentsSchema,
  after: CentsSchema,
});
/** A changed amount. */
export type FundingChange = z.infer<typeof FundingChangeSchema>;

/**
 * One difference between two versions of a contract, as `diffContracts` reports it.
 *
 * @example
 * ContractChangeSchema.parse({ kind: "field", path: ["title"], before: "A", after: "B" }).kind //=> "field"
 */
export const ContractChangeSchema = z.discriminatedUnion("kind", [
  FieldChangeSchema,
  ActionAddedSchema,
  ActionRemovedSchema,
  ActionFieldChangeSchema,
  FundingChangeSchema,
]);
/** One difference between two versions of a contract. */
export type ContractChange = z.infer<typeof ContractChangeSchema>;
