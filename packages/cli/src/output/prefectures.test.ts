import { listDepartements } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { prefectureTown } from "./prefectures";

describe("prefectureTown", () => {
  it("knows the préfecture of every département of the reference data", () => {
    const missing = listDepartements().filter((d) => prefectureTown(d.code) === undefined).map((d) => d.code);
    expect(missing).toEqual([]);
  });

  it.each([
    ["23", "Guéret"],
    ["2A", "Ajaccio"],
    ["976", "Mamoudzou"],
    ["99", undefined],
  ])("%s → %s", (code, town) => {
    expect(prefectureTown(code)).toBe(town);
  });
});
