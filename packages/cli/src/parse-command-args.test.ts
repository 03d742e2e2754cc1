import { describe, expect, it } from "vitest";
import { UsageError } from "./cli-error";
import { renderCommand } from "./commands/render";
import { validateCommand } from "./commands/validate";
import { commandHelp, parseCommandArgs } from "./parse-command-args";

describe("parseCommandArgs", () => {
  it("parses options and arguments", () => {
    const r = parseCommandArgs(renderCommand, ["c.yaml", "--out", "x", "--format=pdf", "-f", "--no-pdfa"]);
    expect(r.positionals).toEqual(["c.yaml"]);
    expect(r.values).toMatchObject({ out: "x", format: "pdf", force: true, "no-pdfa": true });
  });

  it.each([
    [["c.yaml", "--frobnicate"], "option inconnue « --frobnicate » pour « pacte render »"],
    [["c.yaml", "-z"], "option inconnue « -z » pour « pacte render »"],
    [["c.yaml", "--out"], "l’option « --out » attend une valeur"],
    [["c.yaml", "--force=oui"], "l’option « --force » ne prend pas de valeur"],
    [[], "« pacte render » attend un fichier de contrat (YAML ou JSON)"],
    [["a.yaml", "b.yaml"], "argument en trop « b.yaml » pour « pacte render »"],
  ])("%j → %s", (argv, message) => {
    let error: unknown;
    try {
      parseCommandArgs(renderCommand, argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(message);
    expect((error as UsageError).usage).toBe(renderCommand.usage);
  });

  it("lets --help through without arguments", () => {
    expect(parseCommandArgs(validateCommand, ["--help"]).values.help).toBe(true);
  });
});

describe("commandHelp", () => {
  it("shows the summary, usage, every option and an example", () => {
    const help = commandHelp(renderCommand);
    expect(help.split("\n")[0]).toBe("pacte render — écrit un contrat en PDF et en DOCX");
    expect(help).toContain(`Usage : ${renderCommand.usage}`);
    for (const name of [...Object.keys(renderCommand.options), "help"]) expect(help).toContain(`--${name}`);
    expect(help).toContain("Exemple :\n  pacte render contrat.yaml --out sortie/");
  });
});
