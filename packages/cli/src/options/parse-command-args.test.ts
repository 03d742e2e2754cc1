import { describe, expect, it } from "vitest";
import { UsageError } from "../cli-error";
import { renderCommand } from "../commands/render";
import { validateCommand } from "../commands/validate";
import { parseCommandArgs } from "./parse-command-args";

async function usageError(f: () => Promise<unknown>): Promise<UsageError> {
  const e = await f().then(
    () => undefined,
    (x: unknown) => x,
  );
  if (e instanceof UsageError) return e;
  throw new Error(`no usage error: ${String(e)}`);
}

describe("parseCommandArgs", () => {
  it("parses options into their typed values, and arguments", async () => {
    const r = await parseCommandArgs(renderCommand, ["c.yaml", "--out", "x", "--format=pdf", "-f", "--no-pdfa", "--max-size", "1M"]);
    expect(r.positionals).toEqual(["c.yaml"]);
    expect(r.values).toMatchObject({ out: "x", format: ["pdf"], force: true, "no-pdfa": true, "max-size": 1024 * 1024, lang: "fr", help: false });
  });

  it.each([
    [["c.yaml", "--frobnicate"], "option inconnue « --frobnicate » pour « pacte render »", "unknown option “--frobnicate” for “pacte render”"],
    [["c.yaml", "--forse"], "option inconnue « --forse » pour « pacte render » ; vouliez-vous dire « --force » ?", "unknown option “--forse” for “pacte render”; did you mean “--force”?"],
    [["c.yaml", "-z"], "option inconnue « -z » pour « pacte render »", "unknown option “-z” for “pacte render”"],
    [["c.yaml", "--out"], "l’option « --out » attend une valeur", "the option “--out” needs a value"],
    [["c.yaml", "--force=oui"], "l’option « --force » ne prend pas de valeur", "the option “--force” takes no value"],
    [["c.yaml", "--format", "odt"], "--format : format inconnu « odt » ; formats possibles : pdf, docx", "--format: unknown format “odt”; formats: pdf, docx"],
    [[], "« pacte render » attend un fichier de contrat (YAML ou JSON)", "“pacte render” expects a contract file (YAML or JSON)"],
    [["a.yaml", "b.yaml"], "argument en trop « b.yaml » pour « pacte render »", "extra argument “b.yaml” for “pacte render”"],
  ])("%j → %s", async (argv, fr, en) => {
    const error = await usageError(() => parseCommandArgs(renderCommand, argv));
    expect(error.text("fr")).toBe(fr);
    expect(error.text("en")).toBe(en);
    expect(error.usage).toBe(renderCommand.usage);
  });

  it("lets --help through without arguments, and reads --lang on every command", async () => {
    expect((await parseCommandArgs(validateCommand, ["--help"])).values.help).toBe(true);
    expect((await parseCommandArgs(validateCommand, ["a.yaml", "--lang", "en"])).lang).toBe("en");
  });
});
