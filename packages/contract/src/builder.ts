import { PacteError, type Result } from "@pacte/model";
import type { Contract } from "./contract";
import type { ContractInput } from "./input";
import { clonePlain } from "./internal/clone";
import { validateContract, type ValidateContractOptions } from "./validate-contract";

type Draft = Partial<ContractInput>;
type OptionValue = boolean | number | string;

const copy = clonePlain;

/**
 * A fluent, immutable builder of a contract's input: every method returns a new builder and
 * copies what it is given, so neither the builder nor the caller's objects are ever changed
 * afterwards. `build()` checks the input with `validateContract` and returns the {@link Contract}
 * or throws; `validate()` returns the `Result`.
 *
 * @example
 * const contract = contractBuilder()
 *   .reference("CLS-23-2024-001")
 *   .profile("cls-departement-2024")
 *   .state({ departement: "23", prefet: { name: "Anne Martin", gender: "f" } })
 *   .collectivite({ ref: "23D", executive: { name: "Valérie Simonet", gender: "f" }, deliberation: { number: "CP-2023-12-07", date: "2023-12-11", body: "commission permanente" } })
 *   .signature("Guéret", "2023-12-20")
 *   .addAction({ id: "A1", axis: 1, title: "Accueil du jeune enfant", nature: "new", indicators: [...], funding: { "2024": { state: 100, collectivite: 100 } } })
 *   // …actions on axes 3 and 4…
 *   .build();
 * contract.state.prefetTitle //=> "La préfète de la Creuse"
 */
export class ContractBuilder {
  readonly #draft: Readonly<Draft>;

  /** Prefer {@link contractBuilder}. `from` is copied, never kept. */
  constructor(from: Draft = {}) {
    this.#draft = Object.freeze(copy(from));
  }

  #with(patch: Draft): ContractBuilder {
    return new ContractBuilder({ ...copy(this.#draft), ...copy(patch) });
  }

  /** Sets the reference number printed on the title page. */
  reference(reference: string): ContractBuilder {
    return this.#with({ reference });
  }

  /** Chooses the profile by id, optionally with profile options (`{ singleConvention: true }`). */
  profile(id: string, options?: Readonly<Record<string, OptionValue>>): ContractBuilder {
    return this.#with(options === undefined ? { profile: id } : { profile: id, options: { ...(this.#draft.options ?? {}), ...options } });
  }

  /** Sets one profile option. */
  option(name: string, value: OptionValue): ContractBuilder {
    return this.#with({ options: { ...(this.#draft.options ?? {}), [name]: value } });
  }

  /** Replaces the title printed on the title page (the profile's by default). */
  title(title: string): ContractBuilder {
    return this.#with({ title });
  }

  /** Sets the State's side. */
  state(state: ContractInput["state"]): ContractBuilder {
    return this.#with({ state });
  }

  /** Sets the collectivity's side. */
  collectivite(collectivite: ContractInput["collectivite"]): ContractBuilder {
    return this.#with({ collectivite });
  }

  /** Sets the period (the profile's by default). */
  period(start: string, end: string): ContractBuilder {
    return this.#with({ period: { start, end } });
  }

  /** Sets the place and date of signature. */
  signature(place: string, date: string): ContractBuilder {
    return this.#with({ signature: { place, date } });
  }

  /** Appends visas after the profile's. */
  addVisas(...visas: readonly string[]): ContractBuilder {
    return this.#with({ visas: [...(this.#draft.visas ?? []), ...visas] });
  }

  /** Sets the préambule (territorial diagnostic and priorities). */
  preambule(preambule: NonNullable<ContractInput["preambule"]>): ContractBuilder {
    return this.#with({ preambule });
  }

  /** Sets the State's constant annual ceiling, in cents. */
  stateAnnualCeiling(cents: number): ContractBuilder {
    return this.#with({ stateAnnualCeiling: cents });
  }

  /** Appends an action (kept in the order added). */
  addAction(action: ContractInput["actions"][number]): ContractBuilder {
    return this.#with({ actions: [...(this.#draft.actions ?? []), action] });
  }

  /** Sets the governance (committee, members, meetings a year, meeting dates). */
  governance(governance: NonNullable<ContractInput["governance"]>): ContractBuilder {
    return this.#with({ governance });
  }

  /** Sets the payment instalments (the profile's by default). */
  payment(instalments: NonNullable<ContractInput["payment"]>["instalments"]): ContractBuilder {
    return this.#with({ payment: { instalments } });
  }

  /** Sets the reporting deadlines (the profile's by default). */
  reporting(reporting: NonNullable<ContractInput["reporting"]>): ContractBuilder {
    return this.#with({ reporting });
  }

  /** Replaces the text of one article, by article id. */
  article(id: string, text: string): ContractBuilder {
    return this.#with({ articles: { ...(this.#draft.articles ?? {}), [id]: text } });
  }

  /** A copy of the input built so far (possibly incomplete). */
  toInput(): Draft {
    return copy(this.#draft) as Draft;
  }

  /** Checks the input built so far; see `validateContract`. Never throws on user data. */
  validate(options: ValidateContractOptions = {}): Result<Contract> {
    return validateContract({ actions: [], ...this.#draft }, options);
  }

  /**
   * Checks the input built so far and returns the contract.
   *
   * @throws {PacteError} carrying every error.
   */
  build(options: ValidateContractOptions = {}): Contract {
    const r = this.validate(options);
    if (!r.success) throw new PacteError(r.issues);
    return r.data;
  }
}

/**
 * Starts a {@link ContractBuilder}, empty or from an existing input (copied).
 *
 * @example
 * contractBuilder(creuseInput()).reference("CLS-23-2024-002").build().reference //=> "CLS-23-2024-002"
 */
export function contractBuilder(from: Draft = {}): ContractBuilder {
  return new ContractBuilder(from);
}
