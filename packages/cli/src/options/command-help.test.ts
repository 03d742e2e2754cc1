import { describe, expect, it } from "vitest";
import { renderCommand } from "../commands/render";
import { schemaCommand } from "../commands/schema";
import { commandHelp } from "./command-help";

describe("commandHelp", () => {
  it("shows the summary, usage, every option and an example", () => {
    const help = commandHelp(renderCommand);
    expect(help.split("\n")[0]).toBe("pacte render — écrit un contrat en PDF et en DOCX");
    expect(help).toContain("Usage : pacte render FICHIER [--format pdf,docx] [--out DOSSIER] [--force] [--no-pdfa]");
    for (const name of [...Object.keys(renderCommand.options), "help", "lang"]) expect(help).toContain(`--${name}`);
    expect(help).toContain("  -o, --out DOSSIER ");
    expect(help).toContain("Exemple :\n  pacte render contrat.yaml --out sortie/");
  });

  it("speaks English with --lang en", () => {
    const help = commandHelp(schemaCommand, "en");
    expect(help.split("\n")[0]).toBe("pacte schema — writes the JSON Schema of a contract input");
    expect(help).toContain("Usage: pacte schema [--out FILE] [--force]");
    expect(help).toContain("  -o, --out FILE    file to write (standard output by default)");
    expect(help).toContain("Example:\n  pacte schema --out contrat.schema.json");
  });
});
