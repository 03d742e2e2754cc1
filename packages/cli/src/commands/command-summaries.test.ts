import { describe, expect, it } from "vitest";
import { COMMANDS } from "../run-cli";
import { COMMAND_SUMMARIES } from "./command-summaries";

describe("COMMAND_SUMMARIES", () => {
  it("names the commands of COMMANDS in their order, each with the summary its declaration carries", () => {
    expect(Object.keys(COMMAND_SUMMARIES)).toEqual(COMMANDS.map((c) => c.name));
    for (const c of COMMANDS) expect(c.summary).toBe(COMMAND_SUMMARIES[c.name as keyof typeof COMMAND_SUMMARIES]);
  });
});
