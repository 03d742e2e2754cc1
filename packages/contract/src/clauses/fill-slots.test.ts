import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UnknownSlotError, fillSlots, listSlots, tokenizeClause } from "./fill-slots";

describe("tokenizeClause", () => {
  it("splits text, value slots, references and block slots", () => {
    expect(tokenizeClause("Voir l'{ref:financement} ; {period.start}.\n\n{@actionsByAxis}")).toEqual([
      { kind: "text", text: "Voir l'" },
      { kind: "ref", target: "financement" },
      { kind: "text", text: " ; " },
      { kind: "slot", name: "period.start" },
      { kind: "text", text: ".\n\n" },
      { kind: "block", name: "actionsByAxis" },
    ]);
  });

  it.each(["{ }", "{1}", "{a..b}", "{.a}", "{ref:}", "{@}", "{a b}", "{"])("keeps %j as literal text", (s) => {
    expect(tokenizeClause(`x ${s} y`)).toEqual([{ kind: "text", text: `x ${s} y` }]);
  });

  it("gives back the template when its tokens are joined (property)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const joined = tokenizeClause(s)
          .map((t) => (t.kind === "text" ? t.text : t.kind === "slot" ? `{${t.name}}` : t.kind === "ref" ? `{ref:${t.target}}` : `{@${t.name}}`))
          .join("");
        expect(joined).toBe(s);
      }),
    );
  });
});

describe("fillSlots", () => {
  it("replaces each slot by its value", () => {
    expect(fillSlots("Fait à {signature.place}, le {signature.date}.", { "signature.place": "Guéret", "signature.date": "12 mars 2024" })).toBe(
      "Fait à Guéret, le 12 mars 2024.",
    );
  });

  it("does not scan values for slots", () => {
    expect(fillSlots("{a}", { a: "{b}", b: "non" })).toBe("{b}");
  });

  it("leaves references and block slots in place", () => {
    expect(fillSlots("l'{ref:suivi} {@axes}", {})).toBe("l'{ref:suivi} {@axes}");
  });

  it("throws UnknownSlotError naming the slot", () => {
    expect(() => fillSlots("Le {inconnu.slot}", { autre: "x" })).toThrow(UnknownSlotError);
    try {
      fillSlots("Le {inconnu.slot}", {});
    } catch (e) {
      expect((e as UnknownSlotError).slot).toBe("inconnu.slot");
      expect((e as Error).message).toContain("{inconnu.slot}");
    }
  });

  it("does not read inherited properties as values", () => {
    expect(() => fillSlots("{toString}", {})).toThrow(UnknownSlotError);
  });
});

describe("listSlots", () => {
  it("lists value slots once, in order of first use", () => {
    expect(listSlots("{a.b} et {c} puis {a.b}, voir {ref:suivi} {@axes}")).toEqual(["a.b", "c"]);
  });
});
