/**
 * Whether `input` nests objects and arrays deeper than `max` levels, or contains itself. Byte
 * arrays are leaves. Iterative, so that a hostile input cannot overflow the stack here; each
 * object is visited again only when reached at a greater depth.
 */
export function exceedsDepth(input: unknown, max: number): boolean {
  const deepest = new Map<object, number>();
  const stack: Array<[unknown, number]> = [[input, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value !== "object" || value === null || ArrayBuffer.isView(value)) continue;
    if (depth >= max) return true;
    if ((deepest.get(value) ?? -1) >= depth) continue;
    deepest.set(value, depth);
    const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return false;
}
