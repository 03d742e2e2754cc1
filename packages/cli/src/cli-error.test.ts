import { describe, expect, it } from "vitest";
import { CliIoError, ioError, OverwriteError, UsageError } from "./cli-error";

describe("CLI errors", () => {
  it.each([
    ["read", "EACCES", "impossible de lire « a.yaml » : permission refusée", "cannot read “a.yaml”: permission denied"],
    ["write", "ENOSPC", "impossible d’écrire « a.yaml » : plus de place sur le disque", "cannot write “a.yaml”: no space left on the disk"],
    ["mkdir", "NOT_A_FOLDER", "impossible de créer le dossier « a.yaml » : c’est un fichier, et --out attend un dossier", "cannot create the folder “a.yaml”: it is a file, and --out expects a folder"],
    ["list", "EWEIRD", "impossible de lister « a.yaml » : erreur système EWEIRD", "cannot list “a.yaml”: system error EWEIRD"],
  ] as const)("%s + %s, in French and in English", (op, code, fr, en) => {
    const e = new CliIoError(op, "a.yaml", code);
    expect(e.text("fr")).toBe(fr);
    expect(e.message).toBe(fr);
    expect(e.text("en")).toBe(en);
    expect(e.exitCode).toBe(2);
  });

  it.each(["ELOOP", "ENXIO", "ENODEV", "EISDIR", "ENOTDIR", "ENAMETOOLONG", "EFBIG", "EOVERFLOW", "EAGAIN", "EINVAL", "ETXTBSY", "EXDEV", "ENFILE", "EMFILE", "EBUSY", "EIO"])(
    "%s, which a hostile path can give, is worded in both languages",
    (code) => {
      const e = new CliIoError("read", "a.yaml", code);
      expect(e.text("fr")).not.toContain("erreur système");
      expect(e.text("en")).not.toContain("system error");
      expect(e.text("fr")).toMatch(/^impossible de lire « a\.yaml » : \S/);
    },
  );

  it("clips a very long path in the middle, keeping both ends", () => {
    const e = new CliIoError("read", `${"d/".repeat(2000)}contrat.yaml`, "ENAMETOOLONG");
    expect(e.text("fr")).toBe(`impossible de lire « ${"d/".repeat(40)}…/${"d/".repeat(33)}contrat.yaml » : nom trop long`);
  });

  it("wraps errno errors and leaves bugs alone", () => {
    expect(ioError(Object.assign(new Error("x"), { code: "ENOENT" }), "read", "a")).toBeInstanceOf(CliIoError);
    const bug = new TypeError("x");
    expect(ioError(bug, "read", "a")).toBe(bug);
  });

  it("carries exit code 2 for usage and overwrite, in both languages", () => {
    const usage = new UsageError({ fr: "x", en: "y" }, "u");
    expect(usage).toMatchObject({ exitCode: 2, usage: "u", message: "x" });
    expect(usage.text("en")).toBe("y");
    const overwrite = new OverwriteError("a.pdf");
    expect(overwrite).toMatchObject({ exitCode: 2, message: "« a.pdf » existe déjà ; relancez avec --force pour le remplacer" });
    expect(overwrite.text("en")).toBe("“a.pdf” already exists; run again with --force to replace it");
  });
});
