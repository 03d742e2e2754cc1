// A TypeDoc plugin: the API reference groups each package's exports by the sections of its
// hand-written `src/index.ts` (« // Territories », « // Money »…), so the categories are said once,
// where the public surface is named. Names exported before the first section fall in the
// package's first category (the README of the package introduces them).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Comment, CommentTag, Converter } from "typedoc";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The category a section comment names: its words before « : », « ; » or « ( », with the
 * re-exported error model named « Issues ».
 *
 * @example
 * sectionTitle("Limits (each enforced by validateDocument with its issue code)") //=> "Limits"
 */
export function sectionTitle(comment) {
  if (/error model/i.test(comment) && !/:/.test(comment.split("error model")[0] ?? "")) return "Issues";
  const head = comment.split(/[:;(]/)[0]?.trim() ?? "";
  return head.replace(/^The /, "").replace(/^./, (c) => c.toUpperCase());
}

/**
 * Each exported name of an index file with the category of the section it is exported in.
 * A section starts at a `// …` comment line that stands alone between exports; the file's
 * opening comment is not a section. Names before the first section take `first`.
 *
 * @example
 * apiCategories('// Money\nexport { formatEuros, type Cents } from "./money";\n', "API").get("Cents") //=> "Money"
 */
export function apiCategories(source, first = "API") {
  const out = new Map();
  const lines = source.split("\n");
  let current;
  let opening = true;
  let inExport = false;
  let pending = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (!inExport && trimmed.startsWith("//")) {
      if (!opening) pending.push(trimmed.replace(/^\/\/\s?/, ""));
      continue;
    }
    if (trimmed === "") {
      opening = false;
      if (pending.length > 0) current = sectionTitle(pending[0]);
      pending = [];
      continue;
    }
    opening = false;
    if (pending.length > 0) current = sectionTitle(pending[0]);
    pending = [];
    if (trimmed.startsWith("export")) inExport = true;
    if (inExport) {
      const body = trimmed.replace(/\bfrom\s+["'][^"']*["'];?/, "").replace(/^export\s*/, "");
      for (const part of body.split(/[,{}]/)) {
        const words = part.replace(/^\s*type\s+/, "").replace(/\/\/.*$/, "").trim().split(/\s+/);
        const name = words.at(-1);
        if (name !== undefined && /^[A-Za-z_$][\w$]*$/.test(name) && !["const", "function", "class", "interface", "type", "default"].includes(name)) {
          out.set(name, current ?? first);
        }
      }
      if (/;\s*$/.test(trimmed) || /from\s+["']/.test(trimmed)) inExport = false;
    }
  }
  return out;
}

/** Loaded by TypeDoc (`plugin` in typedoc.json). */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const packages = project.children?.some((c) => c.name.startsWith("@pacte/")) ? project.children : [project];
    for (const pkg of packages) {
      const dir = pkg.name.replace(/^@pacte\//, "").split("/")[0];
      const modules = pkg.children?.some((c) => c.kindOf?.(2) /* Module */) ? pkg.children.filter((c) => c.kindOf(2)) : [pkg];
      for (const mod of modules) {
        const entry = mod === pkg ? "index" : mod.name.replace(/^.*\//, "") || "index";
        let source;
        try {
          source = readFileSync(join(ROOT, "packages", dir, "src", `${entry}.ts`), "utf8");
        } catch {
          continue;
        }
        const categories = apiCategories(source, firstCategory(dir, entry));
        for (const child of mod.children ?? []) {
          const category = categories.get(child.name);
          if (category === undefined) continue;
          child.comment ??= new Comment();
          if (!child.comment.blockTags.some((t) => t.tag === "@category")) child.comment.blockTags.push(new CommentTag("@category", [{ kind: "text", text: category }]));
        }
      }
    }
  });
}

/** What the names before a package's first section are about. */
function firstCategory(dir, entry) {
  switch (dir) {
    case "document":
      return "Model";
    case "pdf":
      return entry === "index" ? "Rendering" : "Engine";
    case "docx":
      return "Rendering";
    case "cli":
      return "Command line";
    case "issues":
      return "Issues";
    default:
      return "API";
  }
}
