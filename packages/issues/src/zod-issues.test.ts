import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineIssueCatalog } from "./issue-catalog";
import { addCatalogIssue, fromZodIssues, safeParseWith, zodMessage } from "./zod-issues";

const catalog = defineIssueCatalog({
  fr: { "siren.format": (p: { received?: unknown }) => `SIREN invalide : « ${String(p.received)} » reçu.` },
  en: { "siren.format": (p: { received?: unknown }) => `Invalid SIREN: "${String(p.received)}" received.` },
});
const Siren = z.string().superRefine((v, ctx) => {
  if (!/^\d{9}$/.test(v)) addCatalogIssue(ctx, catalog, "siren.format", { received: v });
});

describe("safeParseWith with jitless", () => {
  const Shape = z.object({ siren: Siren, n: z.number(), tags: z.array(z.object({ t: z.string() })) });
  it("gives the same result as the compiled fast path, valid or not", () => {
    for (const input of [{ siren: "123456789", n: 1, tags: [{ t: "a" }] }, { siren: "12", n: "x", tags: [{ t: 1 }] }, null]) {
      expect(safeParseWith(Shape, input, { lang: "en", catalogs: [catalog], jitless: true })).toEqual(safeParseWith(Shape, input, { lang: "en", catalogs: [catalog] }));
    }
  });

  it("asks zod to parse without its fast path, and only when told", () => {
    const seen: unknown[] = [];
    const spied = Object.assign(Object.create(Shape) as typeof Shape, {
      safeParse: (input: unknown, ctx?: unknown) => {
        seen.push(ctx);
        return Shape.safeParse(input, ctx as never);
      },
    });
    safeParseWith(spied, {}, { jitless: true });
    safeParseWith(spied, {});
    expect(seen.map((ctx) => (ctx as { jitless?: boolean }).jitless)).toEqual([true, undefined]);
  });
});

describe("fromZodIssues / safeParseWith", () => {
  it("keeps a catalog's code and words it in the asked language", () => {
    const r = safeParseWith(z.object({ siren: Siren }), { siren: "12" }, { lang: "en", catalogs: [catalog] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toEqual([{ code: "siren.format", path: ["siren"], message: 'Invalid SIREN: "12" received.', severity: "error", params: { received: "12" } }]);
  });

  it("gives zod's structural problems a schema.* code and zod's localised message", () => {
    const r = safeParseWith(z.object({ n: z.number() }), { n: "x" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]?.code).toBe("schema.invalid_type");
    expect(r.issues[0]?.path).toEqual(["n"]);
    expect(r.issues[0]?.message).toMatch(/nombre/);
    expect(r.issues[0]?.params).not.toHaveProperty("input");
  });

  it("lists every allowed value of a union of literals in one issue", () => {
    const r = safeParseWith(z.union([z.literal(1), z.literal(2)]), 3, { lang: "en" });
    if (r.success) throw new Error("expected a failure");
    expect(r.issues[0]).toMatchObject({ code: "schema.invalid_value", params: { values: [1, 2] } });
  });

  it("tries a package's own mapping first", () => {
    const zi = z.string().safeParse(3).error?.issues ?? [];
    const issues = fromZodIssues(zi, { map: (_, path) => ({ code: "mine", path, message: "m", severity: "error", params: {} }) });
    expect(issues[0]?.code).toBe("mine");
  });

  it("passes a refinement's warning severity on", () => {
    const S = z.string().superRefine((v, ctx) => addCatalogIssue(ctx, catalog, "siren.format", { received: v }, [], "warning"));
    const zi = S.safeParse("a").error?.issues ?? [];
    expect(fromZodIssues(zi, { catalogs: [catalog] })[0]).toMatchObject({ severity: "warning", params: { received: "a" } });
  });

  it("words zod's messages in both languages", () => {
    expect(zodMessage({ code: "invalid_type", expected: "string", input: 3, path: [] }, "en")).toMatch(/expected string/);
    expect(zodMessage({ code: "invalid_type", expected: "string", input: 3, path: [] })).toMatch(/attendu/);
  });
});
