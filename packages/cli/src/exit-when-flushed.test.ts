import { describe, expect, it } from "vitest";
import { exitWhenFlushed, type FlushableStream } from "./exit-when-flushed";

/** A stream whose writes are flushed only when `flush()` is called, in order. */
function slowStream(): FlushableStream & { flush(): void; written: string[] } {
  const queue: (() => void)[] = [];
  const written: string[] = [];
  return {
    written,
    write(chunk, callback) {
      queue.push(() => {
        written.push(chunk);
        callback();
      });
      return false;
    },
    flush() {
      for (const f of queue.splice(0)) f();
    },
  };
}

describe("exitWhenFlushed", () => {
  it("exits once every stream has flushed what was written before, not sooner, and once", () => {
    const out = slowStream();
    const err = slowStream();
    const exits: number[] = [];
    out.write("résultat\n", () => undefined);
    exitWhenFlushed(1, [out, err], (c) => exits.push(c));
    expect(exits).toEqual([]);
    out.flush();
    expect(out.written).toEqual(["résultat\n", ""]);
    expect(exits).toEqual([]);
    err.flush();
    expect(exits).toEqual([1]);
  });

  it("exits even when a stream fails (its reader went away)", () => {
    const failing: FlushableStream = { write: (_chunk, callback) => callback(Object.assign(new Error("write EPIPE"), { code: "EPIPE" })) };
    const exits: number[] = [];
    exitWhenFlushed(0, [failing], (c) => exits.push(c));
    expect(exits).toEqual([0]);
  });

  it("exits at once without streams", () => {
    const exits: number[] = [];
    exitWhenFlushed(2, [], (c) => exits.push(c));
    expect(exits).toEqual([2]);
  });
});
