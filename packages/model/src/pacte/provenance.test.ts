import { describe, expect, it } from "vitest";
import { safeParseWith } from "../validate";
import { ProvenanceSchema } from "./provenance";

describe("ProvenanceSchema", () => {
  it("holds the domain brief's tags plus the project's inferences", () => {
    expect(ProvenanceSchema.options).toEqual(["confirmed", "press", "unconfirmed", "inferred"]);
  });

  it.each(["C", "Confirmed", "", 1])("rejects %j, in English when asked", (value) => {
    const r = safeParseWith(ProvenanceSchema, value, { lang: "en" });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]?.message).toMatch(/^Invalid/);
  });
});
