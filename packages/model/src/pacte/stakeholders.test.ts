import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  STAKEHOLDER_CATEGORIES,
  StakeholderCategoryIdSchema,
  StakeholderCategorySchema,
  getStakeholderCategory,
} from "./stakeholders";

describe("STAKEHOLDER_CATEGORIES", () => {
  it("validates against StakeholderCategorySchema", () => {
    expect(z.array(StakeholderCategorySchema).parse(STAKEHOLDER_CATEGORIES)).toEqual(STAKEHOLDER_CATEGORIES);
  });

  it("holds the five categories of the seed, once each", () => {
    expect(STAKEHOLDER_CATEGORIES.map((c) => c.id)).toEqual(StakeholderCategoryIdSchema.options);
    expect(STAKEHOLDER_CATEGORIES.map((c) => c.label)).toEqual([
      "Associations de collectivités",
      "Associations de lutte contre la pauvreté",
      "Organismes de sécurité sociale",
      "Opérateurs de l'État",
      "Services de l'État",
    ]);
  });
});

describe("getStakeholderCategory", () => {
  it("finds a category by id", () => {
    expect(getStakeholderCategory("services-etat")?.label).toBe("Services de l'État");
  });

  it.each(["", "Services-etat", "entreprises"])("returns undefined for %j", (id) => {
    expect(getStakeholderCategory(id)).toBeUndefined();
  });
});
