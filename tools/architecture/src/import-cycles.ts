import { relative } from "node:path";
import { importsOf, resolveRelative, type SourceFile } from "./source-files";

/**
 * The import cycles between files (strongly connected components of more than one file, or a
 * file that imports itself), each as the list of its files relative to `base`, sorted.
 */
export function importCycles(files: readonly SourceFile[], base: string): string[][] {
  const graph = new Map<string, string[]>();
  for (const f of files) {
    graph.set(
      f.absolute,
      importsOf(f.text)
        .map((s) => resolveRelative(f.absolute, s))
        .filter((p): p is string => p !== undefined),
    );
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.map((p) => relative(base, p)).sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return cycles;
}
