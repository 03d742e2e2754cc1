/**
 * The exit codes of `pacte`: `ok` 0; `invalid` 1 (a contract is invalid or failed to render);
 * `usage` 2 (bad arguments, a file that cannot be read or written, a file that would be
 * replaced without `--force`); `internal` 3 (a bug: rerun with `PACTE_DEBUG=1`);
 * `interrupted` 130 (Ctrl-C) and `terminated` 143 (SIGTERM).
 *
 * @example
 * EXIT_CODES.invalid //=> 1
 */
export const EXIT_CODES: Readonly<{ ok: 0; invalid: 1; usage: 2; internal: 3; interrupted: 130; terminated: 143 }> = Object.freeze({
  ok: 0,
  invalid: 1,
  usage: 2,
  internal: 3,
  interrupted: 130,
  terminated: 143,
} as const);
