// Hostile and unusual inputs, each run as a user runs it (`pacte validate`, `pacte render`,
// `pacte batch`, or the libraries for images), with the CPU each one took (user + system, from
// /usr/bin/time), its exit code and what it left: every case must end in under 2 s of CPU with
// exit 1, or with exit 0 and a sound file. A measurement, not a test (the tests check the
// outcomes; CPU time on a shared machine is for reading, not asserting).
//
//   npm run build && npx tsx scripts/hostile-cpu.ts
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { parse, stringify } from "yaml";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "packages/cli/dist/bin/cli.js");
if (!existsSync(CLI)) throw new Error("build first: npm run build");
const work = mkdtempSync(join(tmpdir(), "pacte-hostile-"));
const demo = parse(readFileSync(join(ROOT, "examples/contrat-departement/contrat.yaml"), "utf8")) as Record<string, any>;
const variant = (name: string, change: (c: Record<string, any>) => void): string => {
  const c = structuredClone(demo);
  change(c);
  writeFileSync(join(work, name), stringify(c, { lineWidth: 0 }));
  return name;
};

/** A PNG header announcing `w` × `h` pixels, with a tiny (and so truncated) image stream. */
function pngHeader(w: number, h: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, "latin1"), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(Buffer.alloc(64))), chunk("IEND", Buffer.alloc(0))]);
}

const imageScript = (bytes: Uint8Array, type: string): string => `
import { renderPdf } from "@pacte/pdf";
const data = Uint8Array.from(Buffer.from("${Buffer.from(bytes).toString("base64")}", "base64"));
const doc = { meta: { title: "Logo", createdAt: "2024-07-05T10:00:00Z" }, body: [{ type: "image", data, mimeType: "image/${type}", alt: "Logo" }] };
try { await renderPdf(doc); console.log("rendu"); process.exit(0); }
catch (e) { console.log(e.issues?.map((i) => i.code).join(", ") ?? e.message); process.exit(1); }
`;

mkdirSync(join(work, "lot"));
writeFileSync(join(work, "lot", "a.yaml"), stringify(demo));
execFileSync("mkfifo", [join(work, "tube.yaml")]);
writeFileSync(join(work, "logo-geant.mjs"), imageScript(pngHeader(20_000, 20_000), "png"));
writeFileSync(join(work, "jpeg-tronque.mjs"), imageScript(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]), "jpeg"));

const CASES: [label: string, args: string[]][] = [
  ["titre de 1 Mo et référence de 100 ko", ["validate", variant("titre-1mo.yaml", (c) => { c.title = "T".repeat(1_048_576); c.reference = "R".repeat(100_000); })]],
  ["/dev/zero à validate", ["validate", "/dev/zero"]],
  ["/dev/zero à render", ["render", "/dev/zero", "--out", "sortie-zero"]],
  ["FIFO à validate", ["validate", "tube.yaml"]],
  ["FIFO à render", ["render", "tube.yaml", "--out", "sortie-tube"]],
  ["FIFO à batch", ["batch", "tube.yaml", "--out", "sortie-lot-tube"]],
  ["somme qui déborde", ["validate", variant("somme.yaml", (c) => { for (const a of c.actions) for (const y of Object.values(a.funding) as any[]) { y.state = "90 000 000 000 €"; y.collectivite = "90 000 000 000 €"; } })]],
  ["30 février", ["validate", variant("fevrier.yaml", (c) => { c.signature.date = "2024-02-30"; })]],
  ["mois 13, jour 45", ["validate", variant("mois13.yaml", (c) => { c.signature.date = "2024-13-45"; })]],
  ["titre de 625 caractères (rendu)", ["render", variant("titre-625.yaml", (c) => { c.title = Array.from({ length: 60 }, (_, k) => `mesure${k + 1}`).join(" ").padEnd(625, " z").slice(0, 625); }), "--out", "sortie-625", "--format", "pdf", "--no-pdfa"]],
  ["U+202E dans un nom", ["validate", variant("rlo.yaml", (c) => { c.collectivite.executive.name = "Valérie\u202eSimonet"; })]],
  ["pourcentage comme montant", ["validate", variant("pourcent.yaml", (c) => { c.actions[0].funding["2024"].state = "50 %"; })]],
  ["noms vietnamien, grec, cyrillique (rendu)", ["render", variant("noms.yaml", (c) => { c.collectivite.executive.name = "Nguyễn Thị Lộc"; c.state.prefet.name = "Αλέξανδρος Παπαδόπουλος"; c.actions[0].carrier = "Людмила Кузнецова"; }), "--out", "sortie-noms", "--format", "pdf", "--no-pdfa"]],
  ["accents combinants (rendu)", ["render", variant("combinants.yaml", (c) => { c.signature.place = "Gue\u0301ret"; c.actions[0].title = "Acce\u0300s aux droits"; }), "--out", "sortie-combinants", "--format", "pdf", "--no-pdfa"]],
  ["émoji dans un nom", ["validate", variant("emoji.yaml", (c) => { c.collectivite.executive.name = "Valérie Simonet 😀"; })]],
];

const rows: string[] = [];
const measure = (label: string, command: string[]): void => {
  const r = spawnSync("/usr/bin/time", ["-f", "%U %S", ...command], { cwd: work, encoding: "utf8", timeout: 120_000 });
  const cpu = (r.stderr.trim().split("\n").at(-1) ?? "").split(" ").reduce((s, x) => s + Number(x), 0);
  const first = (r.stdout + r.stderr).split("\n").find((l) => /erreur|error|invalide|écrit|valide|rendu|document\.|interrompu|attend/.test(l)) ?? "";
  rows.push(`| ${label} | ${r.status ?? r.signal} | ${cpu.toFixed(2)} s | ${first.trim().slice(0, 110).replace(/\|/g, "\\|")} |`);
};
for (const [label, args] of CASES) measure(label, [process.execPath, CLI, ...args]);
for (const [label, script] of [["PNG de 20 000 × 20 000 (bibliothèque)", "logo-geant.mjs"], ["JPEG tronqué (bibliothèque)", "jpeg-tronque.mjs"]] as const) {
  writeFileSync(join(ROOT, "packages/pdf", `.hostile-${script}`), readFileSync(join(work, script)));
  measure(label, [process.execPath, join(ROOT, "packages/pdf", `.hostile-${script}`)]);
  rmSync(join(ROOT, "packages/pdf", `.hostile-${script}`));
}
const partial = readdirSync(work, { recursive: true }).map(String).filter((f) => f.includes(".tmp"));
console.log(`| Cas | Sortie | CPU | Premier message |\n|---|---|---|---|\n${rows.join("\n")}\n\nFichiers temporaires laissés : ${partial.length === 0 ? "aucun" : partial.join(", ")}`);
rmSync(work, { recursive: true, force: true });
