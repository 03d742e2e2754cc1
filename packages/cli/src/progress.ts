import type { CliStream } from "./cli-io";

/**
 * Reports a batch's advance: on a terminal, one bar redrawn in place
 * (`[██████░░░░░░]  6/12  contrat.yaml`); elsewhere (a log, a pipe), one plain line per finished
 * item (`[6/12] ok  contrat.yaml (1,2 s)`).
 *
 * @example
 * const p = createProgress(process.stderr, 12); p.done("23.yaml", "ok", 1200); p.finish();
 */
export interface Progress {
  done(label: string, status: string, ms: number): void;
  finish(): void;
}

/**
 * A duration the French way: « 850 ms », « 1,2 s », « 2 min 05 s ».
 *
 * @example
 * formatDuration(1234) //=> "1,2 s"
 */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1).replace(".", ",")} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}

/**
 * The {@link Progress} of `total` items on `stream`: a bar when `stream.isTTY`, lines otherwise.
 *
 * @example
 * createProgress({ write: () => {}, isTTY: false }, 3).done("a.yaml", "ok", 10)
 */
export function createProgress(stream: CliStream, total: number): Progress {
  let count = 0;
  const digits = String(total).length;
  if (stream.isTTY !== true) {
    return {
      done(label, status, ms) {
        count++;
        stream.write(`[${String(count).padStart(digits)}/${total}] ${status.padEnd(8)} ${label} (${formatDuration(ms)})\n`);
      },
      finish() {},
    };
  }
  const columns = Math.max(40, stream.columns ?? 80);
  const draw = (label: string) => {
    const width = 24;
    const full = total === 0 ? width : Math.round((count / total) * width);
    const head = `[${"█".repeat(full)}${"░".repeat(width - full)}] ${String(count).padStart(digits)}/${total}  `;
    const room = columns - head.length - 1;
    const shown = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
    stream.write(`\r\x1b[2K${head}${shown}`);
  };
  draw("");
  return {
    done(label) {
      count++;
      draw(label);
    },
    finish() {
      stream.write("\r\x1b[2K");
    },
  };
}
