import { describe, expect, it } from "vitest";
import { CliIoError, ioError, OverwriteError, UsageError } from "./cli-error";

describe("CLI errors", () => {
  it.each([
    ["lire", "EACCES", "impossible de lire « a.yaml » : permission refusée"],
    ["écrire", "ENOSPC", "impossible d’écrire « a.yaml » : plus de place sur le disque"],
    ["créer le dossier", "EROFS", "impossible de créer le dossier « a.yaml » : système de fichiers en lecture seule"],
    ["lister", "EWEIRD", "impossible de lister « a.yaml » : erreur système EWEIRD"],
  ] as const)("%s + %s", (op, code, message) => {
    const e = new CliIoError(op, "a.yaml", code);
    expect(e.message).toBe(message);
    expect(e.exitCode).toBe(2);
  });

  it("wraps errno errors and leaves bugs alone", () => {
    expect(ioError(Object.assign(new Error("x"), { code: "ENOENT" }), "lire", "a")).toBeInstanceOf(CliIoError);
    const bug = new TypeError("x");
    expect(ioError(bug, "lire", "a")).toBe(bug);
  });

  it("carries exit code 2 for usage and overwrite", () => {
    expect(new UsageError("x", "u")).toMatchObject({ exitCode: 2, usage: "u" });
    expect(new OverwriteError("a.pdf")).toMatchObject({ exitCode: 2, message: "« a.pdf » existe déjà ; relancez avec --force pour le remplacer" });
  });
});
