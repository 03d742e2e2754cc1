import { describe, expect, it } from "vitest";
import { cents } from "@pacte/model";
import { fundedYears } from "./funded-years";

const year = (y: number, total: number) => ({ year: y, amounts: { state: cents(total), collectivite: cents(0), others: cents(0), total: cents(total) } });

describe("fundedYears", () => {
  it("splits the years with money from those without, in order", () => {
    expect(fundedYears({ byYear: [year(2019, 100), year(2020, 0), year(2021, 0)] })).toEqual({ funded: [2019], unfunded: [2020, 2021] });
    expect(fundedYears({ byYear: [year(2024, 0), year(2025, 5)] })).toEqual({ funded: [2025], unfunded: [2024] });
    expect(fundedYears({ byYear: [] })).toEqual({ funded: [], unfunded: [] });
  });
});
