/**
 * A mistake in how the command was called (an unknown option, a missing argument): the message
 * names the problem and `usage` is the command's usage line. Exit code 2.
 *
 * @example
 * new UsageError("option inconnue « --foo »", "pacte validate FICHIER…").exitCode //=> 2
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly exitCode = 2;
  readonly usage: string | undefined;

  constructor(message: string, usage?: string) {
    super(message);
    this.usage = usage;
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "fichier ou dossier introuvable",
  ENOTDIR: "un élément du chemin n’est pas un dossier",
  EISDIR: "c’est un dossier, un fichier est attendu",
  EACCES: "permission refusée",
  EPERM: "opération non permise",
  EEXIST: "existe déjà",
  ENOSPC: "plus de place sur le disque",
  EDQUOT: "quota disque dépassé",
  EROFS: "système de fichiers en lecture seule",
  EMFILE: "trop de fichiers ouverts",
  ENAMETOOLONG: "nom trop long",
  EBUSY: "ressource occupée",
  EIO: "erreur d’entrée-sortie du disque",
};

/** What the command was doing with the path when it failed. */
export type IoOperation = "lire" | "écrire" | "créer le dossier" | "lister";

/**
 * A file-system failure, said in one French line with the path: « impossible de lire
 * « contrat.yaml » : fichier ou dossier introuvable ». Exit code 2.
 *
 * @example
 * new CliIoError("lire", "a.yaml", "ENOENT").message //=> "impossible de lire « a.yaml » : fichier ou dossier introuvable"
 */
export class CliIoError extends Error {
  override readonly name = "CliIoError";
  readonly exitCode = 2;
  readonly path: string;
  readonly code: string;

  constructor(operation: IoOperation, path: string, code: string, reason?: string) {
    const de = /^[aeéiou]/i.test(operation) ? "d’" : "de ";
    super(`impossible ${de}${operation} « ${path} » : ${reason ?? REASONS[code] ?? `erreur système ${code}`}`);
    this.path = path;
    this.code = code;
  }
}

/**
 * Wraps an error thrown by `node:fs` as a {@link CliIoError}; anything without an errno `code` is
 * returned unchanged (a real bug, reported as an internal error).
 *
 * @example
 * ioError(Object.assign(new Error("x"), { code: "EACCES" }), "lire", "a.yaml").message
 * //=> "impossible de lire « a.yaml » : permission refusée"
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
 * new OverwriteError("out/a.pdf").message //=> "« out/a.pdf » existe déjà ; relancez avec --force pour le remplacer"
 */
export class OverwriteError extends Error {
  override readonly name = "OverwriteError";
  readonly exitCode = 2;
  readonly path: string;

  constructor(path: string) {
    super(`« ${path} » existe déjà ; relancez avec --force pour le remplacer`);
    this.path = path;
  }
}
