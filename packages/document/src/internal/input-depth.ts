/**
 * Whether `input` nests objects and arrays deeper than `max` levels, or contains itself. Byte
 * arrays are leaves. Iterative, so that a hostile input cannot overflow the stack here; each
 * object is visited again only when reached at a greater depth.
 */
export function exceedsDepth(input: unknown, max: number): boolean {
  const deepest = new Map<object, number>();
  // Two stacks rather than a pair per value, and only objects on them: a document holds thousands of strings.
  const values: unknown[] = [input];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() ?? 0;
    if (typeof value !== "object" || value === null || ArrayBuffer.isView(value)) continue;
    if (depth >= max) return true;
    if ((deepest.get(value) ?? -1) >= depth) continue;
    deepest.set(value, depth);
    const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) {
      if (typeof child !== "object" || child === null) continue;
      values.push(child);
      depths.push(depth + 1);
    }
  }
  return false;
}
