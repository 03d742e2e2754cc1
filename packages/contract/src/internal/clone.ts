// A deep copy of plain data (objects, arrays, primitives) — the builder's inputs. Written by hand
// because `structuredClone` is not declared by the package's build (lib ES2023, no DOM, no Node
// types) and some embedded runtimes lack it.

/** Deep copy of plain objects and arrays; other values (primitives, class instances) are kept as they are. */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => clonePlain(v)) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clonePlain(v);
    return out as T;
  }
  return value;
}
