// Marks the module-level work of the packages as pure for the bundlers that shake our dist/.
//
// A bundler keeps every top-level statement it cannot prove free of side effects, and a call is
// such a statement: `export const SirenSchema = z.string().superRefine(…)` kept zod (and its
// locales) in the bundle of an app that imports only `isValidSiren`. A call preceded by
// `/* @__PURE__ */` is one the bundler may drop when its value is unused (esbuild, Rollup, Vite,
// webpack's Terser all read the annotation). The packages' sources build their schemas, tables
// and catalogs in module-level variable initializers whose value is all that matters, so at
// build time this plugin annotates every call and `new` such an initializer evaluates (not the
// ones inside a function or a class, which run later): the sources stay as they are, no
// annotation is forgotten in a new file, and behaviour is unchanged, since an annotation only
// lets an unused value go. tools/architecture/src/bundle-size.test.ts checks the result.
//
// The rule it relies on, for every package built with tsup.config.base.ts: a module-level
// variable is initialized for its value, never for a side effect; work done for its effect is a
// statement of its own (an expression statement, which this plugin leaves alone) or behind a
// function.
//
// It also turns `import { z } from "zod"` into `import * as z from "zod"`, the form zod documents:
// the same bindings, but a bundler then sees which of zod's functions are called (`z.string`,
// `z.object`) and keeps those, where the named import made it keep zod's whole namespace object,
// every locale and the JSON Schema converters with it (measured: 92.9 kB against 18.3 kB gzip
// for one `z.enum`).
import { readFile } from "node:fs/promises";
import type { Plugin } from "esbuild";
import ts from "typescript";

const PURE = "/* @__PURE__ */ ";

/**
 * The source with its module-level variable initializers marked pure: `/* @__PURE__ *\/` before
 * each call chain and `new` an initializer evaluates (`z.string().min(1)` is one chain), those
 * inside its arguments included. An initializer that a bundler still could not drop — a spread
 * (`[...list]`, `{ ...shape }`), a template with `${…}`, a property read such as
 * `Number.MAX_SAFE_INTEGER`, an operator — is wrapped whole in a pure arrow called at once,
 * `/* @__PURE__ *\/ (() => …)()`, which evaluates the same thing at the same moment. Calls inside
 * functions and classes, which run later, and every other statement are left alone.
 *
 * @example
 * markPure(`export const A = z.object({ b: z.string() });\nz.config(x);\n`)
 * //=> `export const A = /* @__PURE__ *\/ z.object({ b: /* @__PURE__ *\/ z.string() });\nz.config(x);\n`
 * markPure(`const B = [...A, 1];\n`)
 * //=> `const B = /* @__PURE__ *\/ (() => ([...A, 1]))();\n`
 */
export function markPure(source: string, fileName = "module.ts"): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edits: { readonly at: number; readonly text: string; readonly order: number }[] = [];
  const annotate = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && !continuesChain(node) && !alreadyPure(source, node.getStart(file))) {
      edits.push({ at: node.getStart(file), text: PURE, order: 1 });
    }
    ts.forEachChild(node, annotate);
  };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (init === undefined || hasAwait(init)) continue;
      if (droppable(init)) {
        annotate(init);
      } else {
        edits.push({ at: init.getStart(file), text: `${PURE}(() => (`, order: 0 }, { at: init.getEnd(), text: "))()", order: 2 });
      }
    }
  }
  if (edits.length === 0) return source;
  let out = "";
  let from = 0;
  for (const edit of edits.sort((a, b) => a.at - b.at || a.order - b.order)) {
    out += source.slice(from, edit.at) + edit.text;
    from = edit.at;
  }
  return out + source.slice(from);
}

/**
 * True when a bundler may drop `expression` once its calls are annotated: literals, names,
 * functions, object and array literals of such (no spread), and calls whose arguments are such.
 * Conservative: anything else (a template with `${…}`, a property read, an operator, a class)
 * is not.
 */
function droppable(expression: ts.Expression): boolean {
  const e = skipTypes(expression);
  if (ts.isStringLiteral(e) || ts.isNumericLiteral(e) || ts.isBigIntLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isRegularExpressionLiteral(e)) return true;
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(e) || ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return true;
  if (ts.isPrefixUnaryExpression(e)) return (e.operator === ts.SyntaxKind.MinusToken || e.operator === ts.SyntaxKind.PlusToken) && ts.isNumericLiteral(e.operand);
  if (ts.isArrayLiteralExpression(e)) return e.elements.every((x) => ts.isOmittedExpression(x) || (!ts.isSpreadElement(x) && droppable(x)));
  if (ts.isObjectLiteralExpression(e)) {
    return e.properties.every((p) => {
      if (ts.isShorthandPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) return !ts.isComputedPropertyName(p.name);
      if (ts.isPropertyAssignment(p)) return (!ts.isComputedPropertyName(p.name) || ts.isStringLiteral(p.name.expression) || ts.isNumericLiteral(p.name.expression)) && droppable(p.initializer);
      return false;
    });
  }
  if (ts.isCallExpression(e) || ts.isNewExpression(e)) return (e.arguments ?? []).every((a) => !ts.isSpreadElement(a) && droppable(a));
  return false;
}

const skipTypes = (e: ts.Expression): ts.Expression =>
  ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e) || ts.isTypeAssertionExpression(e) ? skipTypes(e.expression) : e;

/** True when `node` awaits at module level (outside any function), which an arrow cannot wrap. */
function hasAwait(node: ts.Node): boolean {
  if (ts.isAwaitExpression(node)) return true;
  if (ts.isFunctionLike(node)) return false;
  return ts.forEachChild(node, hasAwait) === true;
}

/** True when `node` is the callee (or the object of a member access) of a larger call chain: the annotation goes on the chain's last call. */
function continuesChain(node: ts.CallExpression | ts.NewExpression): boolean {
  let child: ts.Node = node;
  let parent = node.parent;
  // `(z.string() as Schema).min(1)`, `z.string()!.min(1)`: wrappers that keep the chain going.
  while (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isNonNullExpression(parent) || ts.isSatisfiesExpression(parent) || ts.isTypeAssertionExpression(parent)) {
    child = parent;
    parent = parent.parent;
  }
  if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === child) return true;
  if ((ts.isCallExpression(parent) || ts.isTaggedTemplateExpression(parent)) && (ts.isCallExpression(parent) ? parent.expression : parent.tag) === child) return true;
  return false;
}

const alreadyPure = (source: string, position: number): boolean => /\/\*\s*[@#]__PURE__\s*\*\/\s*$/.test(source.slice(Math.max(0, position - 40), position));

/** `import { z } from "zod";` on a line of its own (not `import type`). */
export const ZOD_NAMED_IMPORT = /^import \{ z \} from "zod";$/gm;

/**
 * The esbuild plugin (for tsup's `esbuildPlugins`) that runs {@link markPure} on the TypeScript
 * sources under `src/` of the package being built, test files excepted, after turning their
 * `import { z } from "zod"` into `import * as z from "zod"`.
 *
 * @example
 * defineConfig({ esbuildPlugins: [markPurePlugin()] })
 */
export function markPurePlugin(): Plugin {
  return {
    name: "pacte-mark-pure",
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, async (args) => {
        if (/\.(test|bench)\.tsx?$/.test(args.path) || args.path.includes("node_modules")) return undefined;
        const source = (await readFile(args.path, "utf8")).replace(ZOD_NAMED_IMPORT, 'import * as z from "zod";');
        return { contents: markPure(source, args.path), loader: args.path.endsWith(".tsx") ? "tsx" : "ts" };
      });
    },
  };
}
