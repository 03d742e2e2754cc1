import { setFlagsFromString } from "node:v8";

/**
 * How much V8 lets a heap of the process grow past what its last full collection kept, in
 * percent, with `--low-memory`. V8's own factor goes up to 4× for a program as busy as a
 * renderer: a render thread whose live data was about 50 MB let its heap reach 230 MB, mostly
 * garbage, and two of them took the national batch to 570 MiB on Node 20. At 50 % it stays
 * under 330 MiB, for 25 to 30 % more time (the collector runs more often); measured by
 * `npm run bench`.
 *
 * @example
 * HEAP_GROWING_PERCENT //=> 50
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * The largest semi-space of a young generation with `--low-memory`, in MB: Node 20's own. Node 24
 * sizes its young generations larger, and took the same batch to 700–810 MiB; with this and
 * {@link HEAP_GROWING_PERCENT}, about 360 MiB, for 30 % more time.
 *
 * @example
 * MAX_SEMI_SPACE_MB //=> 16
 */
export const MAX_SEMI_SPACE_MB = 16;

let limited = false;

/**
 * `--low-memory`: caps how far V8 grows the heaps of this process (the main thread's and every
 * render thread's: the flags are the process's) to {@link HEAP_GROWING_PERCENT} % past their
 * live data, and their young generations to {@link MAX_SEMI_SPACE_MB} MB a semi-space; called
 * before the first render thread starts, whose heap is made with them. A heap still grows as far
 * as its live data needs (a contract of 500 actions renders, in 30 % less memory), but the
 * garbage of one render is collected before it piles up. Once per process; a later call does
 * nothing. Only the command-line tool does this: it owns its process, and the libraries never
 * set a flag of their host's.
 *
 * @example
 * limitHeapGrowth(); // pacte batch … --low-memory, before new Worker(…)
 */
export function limitHeapGrowth(setFlags: (flags: string) => void = setFlagsFromString): void {
  if (limited) return;
  limited = true;
  setFlags(`--heap-growing-percent=${HEAP_GROWING_PERCENT} --max-semi-space-size=${MAX_SEMI_SPACE_MB}`);
}
