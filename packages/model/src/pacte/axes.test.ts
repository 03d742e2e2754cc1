import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { safeParseWith } from "../validate";
import {
  AXES,
  AXIS_NUMBERS,
  AxisIdSchema,
  AxisNumberSchema,
  AxisRefSchema,
  AxisSchema,
  getAxis,
  type AxisNumber,
} from "./axes";

describe("AXES", () => {
  it("validates against AxisSchema", () => {
    expect(z.array(AxisSchema).length(4).parse(AXES)).toEqual(AXES);
  });

  it("holds four axes numbered 1 to 4 in order, with distinct slugs", () => {
    expect(AXES.map((a) => a.number)).toEqual([1, 2, 3, 4]);
    expect(AXIS_NUMBERS).toEqual([1, 2, 3, 4]);
    expect(new Set(AXES.map((a) => a.id)).size).toBe(4);
    expect(AXES.map((a) => a.id)).toEqual(AxisIdSchema.options);
  });

  it("keeps the final wording exactly as the sources give it", () => {
    expect(AXES.map((a) => a.wording)).toEqual([
      "Prévenir la pauvreté et lutter contre les inégalités dès l'enfance",
      "Amplifier la politique d'accès à l'emploi pour tous",
      "Lutter contre la grande exclusion grâce à l'accès aux droits",
      "Construire une transition écologique solidaire",
    ]);
  });

  it("keeps the seed wording exactly as the sources give it", () => {
    expect(AXES.map((a) => a.seedWording)).toEqual([
      "La prévention de la pauvreté et la lutte contre les inégalités à la racine par une action dès le plus jeune âge",
      "L'amplification de la politique d'accès au travail pour tous",
      "La prévention de la bascule dans la pauvreté et la lutte contre la grande exclusion",
      "L'organisation solidaire de la transition écologique",
    ]);
  });

  it("says where the seed's words come from: the communiqué of 24 November 2022, through the press", () => {
    for (const a of AXES) {
      expect(a.seedWordingProvenance, String(a.number)).toBe("press");
      expect(a.seedWordingSources.length, String(a.number)).toBeGreaterThan(0);
    }
  });

  it("gives every axis objectives with ids unique across the Pacte", () => {
    const ids = AXES.flatMap((a) => a.objectives.map((o) => o.id));
    expect(AXES.every((a) => a.objectives.length >= 1)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("names the non-take-up programmes under axis 3", () => {
    const wording = getAxis(3)?.objectives.map((o) => o.wording).join(" ");
    expect(wording).toContain("Territoires zéro non recours");
    expect(wording).toContain("solidarité à la source");
  });
});

describe("AxisNumberSchema", () => {
  it.each([1, 2, 3, 4])("accepts %s", (n) => {
    expect(AxisNumberSchema.parse(n)).toBe(n);
  });

  it.each([0, 5, -1, 1.5, "1", null, undefined, Number.NaN])("rejects %s", (value) => {
    expect(AxisNumberSchema.safeParse(value).success).toBe(false);
  });

  it("infers the literal union 1 | 2 | 3 | 4", () => {
    expectTypeOf<z.infer<typeof AxisNumberSchema>>().toEqualTypeOf<1 | 2 | 3 | 4>();
  });

  it("reports a French issue by default and an English one on request", () => {
    const fr = safeParseWith(AxisNumberSchema, 5);
    const en = safeParseWith(AxisNumberSchema, 5, { lang: "en" });
    expect(fr.success || en.success).toBe(false);
    if (fr.success || en.success) return;
    expect(fr.issues).toHaveLength(1);
    expect(fr.issues[0]).toMatchObject({ code: "schema.invalid_value", path: [], severity: "error" });
    expect(fr.issues[0]?.message).toMatchInlineSnapshot(`"Option invalide : une valeur parmi 1|2|3|4 attendue"`);
    expect(en.issues[0]?.code).toBe("schema.invalid_value");
    expect(en.issues[0]?.message).toMatchInlineSnapshot(`"Invalid option: expected one of 1|2|3|4"`);
  });
});

describe("AxisRefSchema", () => {
  it("turns a slug into the axis number", () => {
    expect(AXES.map((a) => AxisRefSchema.parse(a.id))).toEqual([1, 2, 3, 4]);
  });

  it("keeps a number as it is", () => {
    expect(AxisRefSchema.parse(4)).toBe(4);
  });

  it.each([5, "axe-1", "Acces-emploi-pour-tous", "", {}])("rejects %j", (value) => {
    expect(AxisRefSchema.safeParse(value).success).toBe(false);
  });

  it("reports in English for a wrong type when asked", () => {
    const r = safeParseWith(AxisRefSchema, true, { lang: "en" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]?.message).toMatch(/^Invalid/);
    expect(r.issues[0]?.message).not.toMatch(/invalide/i);
  });

  it("outputs an AxisNumber", () => {
    expectTypeOf<z.output<typeof AxisRefSchema>>().toEqualTypeOf<AxisNumber>();
  });
});

describe("getAxis", () => {
  it("finds each axis by number, by digit string and by slug", () => {
    for (const axis of AXES) {
      expect(getAxis(axis.number)).toBe(axis);
      expect(getAxis(String(axis.number))).toBe(axis);
      expect(getAxis(axis.id)).toBe(axis);
      expect(getAxis(` ${axis.id.toUpperCase()} `)).toBe(axis);
    }
  });

  it.each([5, 0, -1, 1.5, Number.NaN, "5", "axe-1", "", "constructor", "__proto__", "toString"])(
    "returns undefined for %j",
    (key) => {
      expect(getAxis(key)).toBeUndefined();
    },
  );

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer()), (key) => {
        const axis = getAxis(key);
        expect(axis === undefined || AXES.includes(axis)).toBe(true);
      }),
    );
  });
});
