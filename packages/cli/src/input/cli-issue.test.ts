import { describe, expect, it } from "vitest";
import { CLI_ISSUE_CODES, cliIssue } from "./cli-issue";

describe("cliIssue", () => {
  it.each(CLI_ISSUE_CODES.map((c) => [c]))("%s has a French and an English message", (code) => {
    const params = { max: 10, size: 20, errno: "EACCES" };
    const fr = cliIssue(code, [], params, "fr").message;
    const en = cliIssue(code, [], params, "en").message;
    expect(fr).not.toBe("");
    expect(en).not.toBe(fr);
    expect(fr).not.toMatch(/undefined|\[object/);
  });

  it("gives a file one byte over the limit to the byte, not « 5,0 Mo pour 5,0 Mo »", () => {
    expect(cliIssue("input.too_large", [], { size: 5_242_881, max: 5_242_880 }).message).toBe(
      "Fichier trop volumineux : 5\u202F242\u202F881 octets reçus pour 5\u202F242\u202F880 octets au plus ; augmentez la limite avec --max-size si le fichier est légitime.",
    );
    expect(cliIssue("input.too_large", [], { size: 6_000_000, max: 5_242_880 }).message).toContain("5,7 Mo reçus pour 5,0 Mo au plus");
  });

  it("says why a file could not be opened, from its errno code", () => {
    expect(cliIssue("input.unreadable", [], { errno: "ENOENT" }).message).toBe(
      "Le fichier n’a pas pu être ouvert : fichier ou dossier introuvable ; vérifiez le chemin et les droits.",
    );
    expect(cliIssue("input.unreadable", [], { errno: "ELOOP" }, "en").message).toBe(
      "The file could not be opened: too many symbolic links (a loop?); check the path and the permissions.",
    );
  });
});
