import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MODEL_ISSUE_CODES, modelMessage } from "./messages";
import { fail, ok } from "@pacte/issues";
import { SirenSchema } from "./siren";
import { addModelIssue, fromZodIssues, modelIssue, safeParseWith } from "./validate";
import { PacteError } from "@pacte/issues";

const Input = z.object({
  siren: SirenSchema,
  count: z.number(),
  tag: z.string().superRefine((v, ctx) => {
    if (v === "soft") addModelIssue(ctx, "date.format", { received: v, severity: "warning" });
  }),
});

describe("safeParseWith", () => {
  it("passes jitless on to zod, with the same result", () => {
    const seen: unknown[] = [];
    const spied = Object.assign(Object.create(Input) as typeof Input, {
      safeParse: (input: unknown, ctx?: unknown) => {
        seen.push((ctx as { jitless?: boolean } | undefined)?.jitless);
        return Input.safeParse(input, ctx as never);
      },
    });
    const input = { siren: "222 309 627", count: 1, tag: "x" };
    expect(safeParseWith(spied, input, { jitless: true })).toEqual(safeParseWith(Input, input));
    expect(seen).toEqual([true]);
  });

  it("returns the data and no warnings for valid input", () => {
    expect(safeParseWith(Input, { siren: "222 309 627", count: 1, tag: "x" })).toEqual({
      success: true,
      data: { siren: "222309627", count: 1, tag: "x" },
      warnings: [],
    });
  });

  it("keeps domain codes and turns zod's own issues into schema.* codes, in French by default", () => {
    const r = safeParseWith(Input, { siren: "222309628", count: "1", tag: "x" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ["siren.checksum", ["siren"]],
      ["schema.invalid_type", ["count"]],
    ]);
    expect(r.issues[0]?.message).toMatch(/^SIREN invalide/);
    expect(r.issues[1]?.message).toMatch(/nombre attendu/);
    expect(r.issues[0]?.params).toEqual(expect.objectContaining({ received: "222309628" }));
    expect(r.issues[0]?.params).not.toHaveProperty("code");
  });

  it("words every message in English on request", () => {
    const r = safeParseWith(Input, { siren: "12", count: "1", tag: "x" }, { lang: "en" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]?.message).toBe('Invalid SIREN: 9 digits expected, received "12".');
    expect(r.issues[1]?.message).toMatch(/expected number/);
  });

  it("never throws, whatever the input", () => {
    for (const input of [undefined, null, 42, "x", [], { siren: {} }, Object.create(null)]) {
      expect(() => safeParseWith(Input, input)).not.toThrow();
    }
  });
});

describe("issues and results", () => {
  it("every code has a French and an English message that differ", () => {
    for (const code of MODEL_ISSUE_CODES) {
      const fr = modelMessage(code, { received: "X", expected: "Y", asOf: "2024-01-01", start: 1, end: 0 });
      const en = modelMessage(code, { received: "X", expected: "Y", asOf: "2024-01-01", start: 1, end: 0 }, "en");
      expect(fr.length, code).toBeGreaterThan(10);
      expect(en, code).not.toBe(fr);
    }
  });

  it("fail() moves warnings out of the issues", () => {
    const w = modelIssue("date.format", ["a"], { received: "x" }, { severity: "warning" });
    const e = modelIssue("siren.format", ["b"], { received: "1" });
    expect(fail([w, e])).toEqual({ success: false, issues: [e], warnings: [w] });
    expect(ok(1, [w])).toEqual({ success: true, data: 1, warnings: [w] });
  });

  it("a custom issue without a model code becomes schema.custom", () => {
    const r = z.string().refine(() => false, { message: "non" }).safeParse("x");
    expect(fromZodIssues(r.error?.issues ?? [])[0]).toMatchObject({ code: "schema.custom", message: "non" });
  });

  it("PacteError lists every issue as path  code  message", () => {
    const err = new PacteError([
      modelIssue("siren.format", ["collectivite", "siren"], { received: "12" }),
      modelIssue("money.negative", ["actions", 0, "funding", "2025", "state"], { received: "-1" }),
    ]);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe("PacteError");
    expect(err.message).toMatchInlineSnapshot(`
      "Données invalides (2 problèmes) :
      collectivite.siren  siren.format  SIREN invalide : 9 chiffres attendus, « 12 » reçu.
      actions[0].funding[2025].state  money.negative  Montant négatif refusé : « -1 » ; un montant positif ou nul est attendu."
    `);
  });
});
