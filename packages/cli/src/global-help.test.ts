import { describe, expect, it } from "vitest";
import { globalHelp, globalHelpAnswer } from "./global-help";
import { COMMANDS } from "./run-cli";
import { run, tempDirs } from "./test-support/run";

const fresh = tempDirs();

describe("globalHelp", () => {
  it.each(["fr", "en"] as const)("lists every command with its summary, in the order of COMMANDS (%s)", (lang) => {
    const lines = globalHelp(lang).split("\n");
    const listed = lines.filter((l) => /^ {2}[a-z]+ {2,}\S/.test(l)).map((l) => l.trim().split(/\s+/)[0]);
    expect(listed).toEqual(COMMANDS.map((c) => c.name));
    for (const c of COMMANDS) expect(lines.some((l) => l.startsWith(`  ${c.name} `) && l.endsWith(c.summary[lang]))).toBe(true);
  });
});

describe("globalHelpAnswer", () => {
  it.each([
    [[], "stderr", 2, "fr"],
    [["--lang", "en"], "stderr", 2, "en"],
    [["--help"], "stdout", 0, "fr"],
    [["-h", "--lang=en"], "stdout", 0, "en"],
    [["help"], "stdout", 0, "fr"],
    [["help", "nothing"], "stdout", 0, "fr"],
    [["--help", "--bogus"], "stdout", 0, "fr"],
    [["--lang", "de", "--help"], "stdout", 0, "fr"],
  ] as const)("%j: the general help on %s, exit %i (%s)", (argv, stream, code, lang) => {
    expect(globalHelpAnswer(argv)).toEqual({ stream, code, text: globalHelp(lang) });
  });

  it.each([[["help", "validate"]], [["--help", "render"]], [["validate", "--help"]], [["validate"]], [["--version"]], [["--bogus"]]])("%j is not the general help", (argv) => {
    expect(globalHelpAnswer(argv)).toBeUndefined();
  });

  // The executable answers these without runCli: both must print the same thing.
  it.each([[[]], [["--help"]], [["-h", "--lang", "en"]], [["help", "nothing"]], [["help", "validate"]], [["validate", "--help"]]])("runCli(%j) answers as globalHelpAnswer says", async (argv) => {
    const r = await run(fresh(), argv);
    const answer = globalHelpAnswer(argv);
    if (answer === undefined) {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Usage : pacte validate");
      return;
    }
    expect(r).toEqual(answer.stream === "stdout" ? { code: answer.code, stdout: answer.text, stderr: "" } : { code: answer.code, stdout: "", stderr: answer.text });
  });
});
