import { describe, expect, it } from "vitest";
import { isSettled, SourceRefSchema, SourcedSchema } from "./sourced";

describe("sources and provenance", () => {
  it.each(["https://www.legifrance.gouv.fr/loda/id/JORFTEXT000042636412/", "http://lot.gouv.fr/x", "github:SocialGouv/transitions-collectives/src/lib/data/ddets.js", "github:a/b"])(
    "accepts %s as a source",
    (s) => expect(SourceRefSchema.safeParse(s).success).toBe(true),
  );

  it.each(["", "legifrance", "ftp://x", "https://", "github:", "github:owner", "https://a b"])("refuses %j as a source", (s) => {
    expect(SourceRefSchema.safeParse(s).success).toBe(false);
  });

  it.each([
    ["confirmed", true],
    ["press", true],
    ["unconfirmed", false],
    ["inferred", false],
  ] as const)("a %s fact is settled: %s", (p, settled) => {
    expect(isSettled(p)).toBe(settled);
  });

  it("validates a sourced fact", () => {
    expect(SourcedSchema.safeParse({ provenance: "press", sources: ["https://example.org/a"] }).success).toBe(true);
    expect(SourcedSchema.safeParse({ provenance: "rumour", sources: [] }).success).toBe(false);
  });
});
