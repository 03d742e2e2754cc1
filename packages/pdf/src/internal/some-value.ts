/**
 * Whether `test` holds for some value of a plain value: the value itself, then every item of its
 * arrays and every property of its objects, depth first, bytes (`Uint8Array`) not entered; stops
 * at the first that holds. No recursion, so a deep document cannot overflow the stack.
 *
 * @example
 * someValue({ body: [{ text: "a", italic: true }] }, (v) => typeof v === "object" && v !== null && (v as { italic?: unknown }).italic === true) //=> true
 * someValue(["a", ["b"]], (v) => v === "b") //=> true
 */
export function someValue(value: unknown, test: (v: unknown) => boolean): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (test(v)) return true;
    if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (typeof v === "object" && v !== null && !(v instanceof Uint8Array)) {
      // (for…in rather than Object.values: no array a node, on scans that run every render)
      const record = v as Record<string, unknown>;
      for (const key in record) stack.push(record[key]);
    }
  }
  return false;
}
