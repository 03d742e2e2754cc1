import { localize, type CliLang, type Localized } from "./localized";
import { clipText } from "./output/clip-text";

/**
 * A mistake in how the command was called (an unknown option, a missing argument): the message,
 * in both languages, names the problem; `usage` is the command's usage line. Exit code 2.
 *
 * @example
 * new UsageError({ fr: "option inconnue « --foo »", en: "unknown option “--foo”" }).text("en") //=> "unknown option “--foo”"
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly exitCode = 2;
  readonly localized: Localized;
  readonly usage: Localized | string | undefined;

  constructor(message: Localized, usage?: Localized | string) {
    super(message.fr);
    this.localized = message;
    this.usage = usage;
  }

  /** The message in `lang`. */
  text(lang: CliLang): string {
    return this.localized[lang];
  }
}

const REASONS: Readonly<Record<string, Localized>> = {
  ENOENT: { fr: "fichier ou dossier introuvable", en: "no such file or folder" },
  ENOTDIR: { fr: "un élément du chemin n’est pas un dossier", en: "a part of the path is not a folder" },
  EISDIR: { fr: "c’est un dossier, un fichier est attendu", en: "it is a folder, a file is expected" },
  EACCES: { fr: "permission refusée", en: "permission denied" },
  EPERM: { fr: "opération non permise", en: "operation not permitted" },
  EEXIST: { fr: "existe déjà", en: "already exists" },
  ENOSPC: { fr: "plus de place sur le disque", en: "no space left on the disk" },
  EDQUOT: { fr: "quota disque dépassé", en: "disk quota exceeded" },
  EROFS: { fr: "système de fichiers en lecture seule", en: "read-only file system" },
  EMFILE: { fr: "trop de fichiers ouverts", en: "too many open files" },
  ENAMETOOLONG: { fr: "nom trop long", en: "name too long" },
  EBUSY: { fr: "ressource occupée", en: "resource busy" },
  EIO: { fr: "erreur d’entrée-sortie du disque", en: "disk input/output error" },
  ELOOP: { fr: "trop de liens symboliques (une boucle ?)", en: "too many symbolic links (a loop?)" },
  ENXIO: { fr: "périphérique ou adresse absent", en: "no such device or address" },
  ENODEV: { fr: "périphérique absent", en: "no such device" },
  EFBIG: { fr: "fichier trop gros pour le système", en: "file too large for the system" },
  EOVERFLOW: { fr: "fichier trop gros pour le système", en: "file too large for the system" },
  ETXTBSY: { fr: "fichier en cours d’utilisation", en: "file in use" },
  EAGAIN: { fr: "ressource momentanément indisponible ; réessayez", en: "resource temporarily unavailable; try again" },
  EINVAL: { fr: "chemin ou opération invalide", en: "invalid path or operation" },
  EXDEV: { fr: "déplacement entre deux disques impossible", en: "cannot move between two disks" },
  ENFILE: { fr: "trop de fichiers ouverts sur le système", en: "too many open files on the system" },
  // Not an errno: `--out` names something that exists and is not a folder.
  NOT_A_FOLDER: { fr: "c’est un fichier, et --out attend un dossier", en: "it is a file, and --out expects a folder" },
  // Not an errno: the output path is a folder, a pipe or a device, which is never replaced.
  NOT_A_REGULAR_FILE: {
    fr: "ce n’est pas un fichier ordinaire (un dossier, un tube ou un périphérique), et il n’est jamais remplacé, même avec --force",
    en: "it is not a regular file (a folder, a pipe or a device), and it is never replaced, even with --force",
  },
};

/**
 * Why a file operation failed, in words, from its errno code (`ENOENT`, `ELOOP`…); an unknown
 * code is given as is (« erreur système EWEIRD »).
 *
 * @example
 * ioReason("ENOENT", "fr") //=> "fichier ou dossier introuvable"
 * ioReason("EWEIRD", "en") //=> "system error EWEIRD"
 */
export function ioReason(code: string, lang: CliLang): string {
  const reason = REASONS[code];
  if (reason !== undefined) return localize(reason, lang);
  return lang === "fr" ? `erreur système ${code}` : `system error ${code}`;
}

/** What the command was doing with the path when it failed. */
export type IoOperation = "read" | "write" | "mkdir" | "list";

const OPERATIONS: Readonly<Record<IoOperation, Localized>> = {
  read: { fr: "impossible de lire", en: "cannot read" },
  write: { fr: "impossible d’écrire", en: "cannot write" },
  mkdir: { fr: "impossible de créer le dossier", en: "cannot create the folder" },
  list: { fr: "impossible de lister", en: "cannot list" },
};

/**
 * A file-system failure, said in one line with the path: « impossible de lire « contrat.yaml » :
 * fichier ou dossier introuvable ». Exit code 2.
 *
 * @example
 * new CliIoError("read", "a.yaml", "ENOENT").text("fr") //=> "impossible de lire « a.yaml » : fichier ou dossier introuvable"
 * new CliIoError("read", "a.yaml", "ENOENT").text("en") //=> "cannot read “a.yaml”: no such file or folder"
 */
export class CliIoError extends Error {
  override readonly name = "CliIoError";
  readonly exitCode = 2;
  readonly operation: IoOperation;
  readonly path: string;
  readonly code: string;

  constructor(operation: IoOperation, path: string, code: string) {
    super("");
    this.operation = operation;
    this.path = path;
    this.code = code;
    this.message = this.text("fr");
  }

  /** The message in `lang`. */
  text(lang: CliLang): string {
    const why = ioReason(this.code, lang);
    const what = localize(OPERATIONS[this.operation], lang);
    const path = clipText(this.path);
    return lang === "fr" ? `${what} « ${path} » : ${why}` : `${what} “${path}”: ${why}`;
  }
}

/**
 * Wraps an error thrown by `node:fs` as a {@link CliIoError}; anything without an errno `code` is
 * returned unchanged (a real bug, reported as an internal error).
 *
 * @example
 * ioError(Object.assign(new Error("x"), { code: "EACCES" }), "read", "a.yaml") instanceof CliIoError //=> true
 */
export function ioError(error: unknown, operation: IoOperation, path: string): unknown {
  if (error instanceof CliIoError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && /^E[A-Z0-9]+$/.test(code)) return new CliIoError(operation, path, code);
  return error;
}

/**
 * Output would replace an existing file and `--force` was not given. Exit code 2.
 *
 * @example
 * new OverwriteError("out/a.pdf").text("fr") //=> "« out/a.pdf » existe déjà ; relancez avec --force pour le remplacer"
 */
export class OverwriteError extends Error {
  override readonly name = "OverwriteError";
  readonly exitCode = 2;
  readonly path: string;

  constructor(path: string) {
    super("");
    this.path = path;
    this.message = this.text("fr");
  }

  /** The message in `lang`. */
  text(lang: CliLang): string {
    return lang === "fr"
      ? `« ${this.path} » existe déjà ; relancez avec --force pour le remplacer`
      : `“${this.path}” already exists; run again with --force to replace it`;
  }
}
