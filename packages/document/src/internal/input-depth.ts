/** Objects the first pass may visit before it gives way to the one that remembers them (a value shared many times over). */
const TREE_VISITS = 1_000_000;

/**
 * Whether `input` nests objects and arrays deeper than `max` levels, or contains itself. Byte
 * arrays are leaves. Iterative, so that a hostile input cannot overflow the stack here.
 *
 * A document is a tree: a first pass walks it without remembering what it saw, and a cycle still
 * ends it once the path is `max` deep. Only when values are shared so often that this pass would
 * visit more than {@link TREE_VISITS} objects does the second one run, which visits an object
 * again only when reached at a greater depth. Both answer whether some path is `max` deep.
 */
export function exceedsDepth(input: unknown, max: number): boolean {
  return walk(input, max, undefined) ?? walk(input, max, new Map()) === true;
}

/**
 * Walks `input` depth-first: `true` at an object `max` deep, `false` when none is. Without
 * `deepest`, gives up (`undefined`) past {@link TREE_VISITS} objects; with it, visits an object
 * again only when reached at a greater depth, and always answers.
 */
function walk(input: unknown, max: number, deepest: Map<object, number> | undefined): boolean | undefined {
  // Two stacks rather than a pair per value, and only objects on them: a document holds thousands of strings.
  const values: unknown[] = [input];
  const depths: number[] = [0];
  let visits = 0;
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() ?? 0;
    if (typeof value !== "object" || value === null || ArrayBuffer.isView(value)) continue;
    if (depth >= max) return true;
    if (deepest === undefined) {
      if (++visits > TREE_VISITS) return undefined;
    } else {
      if ((deepest.get(value) ?? -1) >= depth) continue;
      deepest.set(value, depth);
    }
    const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) {
      if (typeof child !== "object" || child === null) continue;
      values.push(child);
      depths.push(depth + 1);
    }
  }
  return false;
}
