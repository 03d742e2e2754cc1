import type { CliStream } from "../cli-io";
import type { CliLang } from "../localized";

/**
 * Reports a batch's advance: on a terminal, one bar redrawn in place with the time left
 * (`[██████░░░░░░]  6/12  reste ~7 s  contrat.yaml`); elsewhere (a log, a pipe), one plain line
 * per finished item (`[ 6/12] ok       contrat.yaml (1,2 s)`).
 *
 * @example
 * const p = createProgress(process.stderr, 12, { now: () => performance.now() }); p.done("23.yaml", "ok", 1200); p.finish();
 */
export interface Progress {
  done(label: string, status: string, ms: number): void;
  finish(): void;
}

/**
 * A duration the French way (« 850 ms », « 1,2 s », « 2 min 05 s ») or the English way
 * ("1.2 s").
 *
 * @example
 * formatDuration(1234) //=> "1,2 s"
 * formatDuration(1234, "en") //=> "1.2 s"
 */
export function formatDuration(ms: number, lang: CliLang = "fr"): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) {
    const s = (ms / 1000).toFixed(1);
    return `${lang === "fr" ? s.replace(".", ",") : s} s`;
  }
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}

/**
 * The time left, from the pace so far: `elapsed / done × (total − done)`, rounded up to the
 * second (`undefined` before the first item or once all are done).
 *
 * @example
 * estimateRemaining(10_000, 5, 20) //=> 30000
 */
export function estimateRemaining(elapsedMs: number, done: number, total: number): number | undefined {
  if (done <= 0 || done >= total) return undefined;
  return Math.ceil(((elapsedMs / done) * (total - done)) / 1000) * 1000;
}

/**
 * The {@link Progress} of `total` items on `stream`: a bar when `stream.isTTY`, lines otherwise.
 * `now` is a clock in milliseconds, for the time left.
 *
 * @example
 * createProgress({ write: () => {}, isTTY: false }, 3, { now: () => 0 }).done("a.yaml", "ok", 10)
 */
export function createProgress(stream: CliStream, total: number, options: { readonly now: () => number; readonly lang?: CliLang }): Progress {
  const lang = options.lang ?? "fr";
  let count = 0;
  const digits = String(total).length;
  if (stream.isTTY !== true) {
    return {
      done(label, status, ms) {
        count++;
        stream.write(`[${String(count).padStart(digits)}/${total}] ${status.padEnd(8)} ${label} (${formatDuration(ms, lang)})\n`);
      },
      finish() {},
    };
  }
  const started = options.now();
  const columns = Math.max(40, stream.columns ?? 80);
  const draw = (label: string) => {
    const width = 24;
    const full = total === 0 ? width : Math.round((count / total) * width);
    const left = estimateRemaining(options.now() - started, count, total);
    const eta = left === undefined ? "" : `${lang === "fr" ? "reste" : "left"} ~${formatDuration(left, lang)}  `;
    const head = `[${"█".repeat(full)}${"░".repeat(width - full)}] ${String(count).padStart(digits)}/${total}  ${eta}`;
    const room = columns - [...head].length - 1;
    const shown = room <= 1 ? "" : label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
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
