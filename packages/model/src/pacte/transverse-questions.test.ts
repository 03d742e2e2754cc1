import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  TRANSVERSE_QUESTIONS,
  TransverseQuestionIdSchema,
  TransverseQuestionSchema,
  getTransverseQuestion,
} from "./transverse-questions";

describe("TRANSVERSE_QUESTIONS", () => {
  it("validates against TransverseQuestionSchema", () => {
    expect(z.array(TransverseQuestionSchema).parse(TRANSVERSE_QUESTIONS)).toEqual(TRANSVERSE_QUESTIONS);
  });

  it("holds the seed's four questions, once each, in the schema's order", () => {
    expect(TRANSVERSE_QUESTIONS.map((q) => q.id)).toEqual(TransverseQuestionIdSchema.options);
    expect(TRANSVERSE_QUESTIONS.map((q) => q.label)).toEqual([
      "Adaptation aux territoires (ruralité, outre-mer)",
      "Contractualisation entre l'État et les collectivités",
      "Simplification des relations avec les associations",
      "Lutte contre la stigmatisation",
    ]);
  });
});

describe("getTransverseQuestion", () => {
  it("finds a question by id", () => {
    expect(getTransverseQuestion("adaptation-territoires")).toBe(TRANSVERSE_QUESTIONS[0]);
  });

  it.each(["", "Lutte-stigmatisation", "stigmatisation", "toString"])("returns undefined for %j", (id) => {
    expect(getTransverseQuestion(id)).toBeUndefined();
  });
});
