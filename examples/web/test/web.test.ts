// The page, for real: built with Vite, served on 127.0.0.1, driven in Debian's Chromium. An official picks the Creuse, fills in the contract, sees the checks only where they
// touched or once they ask, follows each problem to the field that settles it, downloads the
// contract as PDF and DOCX — produced in the browser, no request leaving the page — saves the
// project to a YAML file and opens it again; a métropole gets its own contract. Then RGAA 4.1:
// axe-core in three states, keyboard alone, visible focus, errors with ARIA, 320 and 390 px,
// 200 % zoom, and the first load's weight.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import { PDFDocument } from "@cantoo/pdf-lib";
import { strFromU8, unzipSync } from "fflate";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { build, createLogger, preview, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`examples/web : test du navigateur ignoré, ${CHROMIUM} est absent (apt-get install chromium).`);

function hasPdftotext(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** A Creuse contract in YAML (amounts in cents, as files were written before format 2) with three problems: a SIRET whose checksum is wrong (line 8), an unknown key (line 12), a broken parity (line 20). */
const THREE_PROBLEMS_YAML = `reference: CLS-23-2024-001
profile: cls-departement-2024
state:
  departement: "23"
  prefet: { name: Anne Martin, gender: f }
collectivite:
  ref: 23D
  siret: "22230962700017"
  executive: { name: Valérie Simonet, gender: f }
  deliberation: { number: CP-2023-12-07, date: 2023-12-11, body: commission permanente }
signature: { place: Guéret, date: 2023-12-20 }
preambul: {}
actions:
  - id: A1.1
    axis: 1
    title: Accueil du jeune enfant
    nature: new
    indicators: [{ label: Places réservées, unit: places }]
    funding:
      "2024": { state: 5000000, collectivite: 4000000 }
    carrier: Département de la Creuse
    publics: [Familles]
    territory: tout le département
  - id: A3.1
    axis: 3
    title: Premier accueil social inconditionnel
    nature: new
    indicators: [{ label: Points d’accueil, unit: lieux }]
    funding:
      "2024": { state: 5000000, collectivite: 5000000 }
    carrier: Département de la Creuse
    publics: [Familles]
    territory: tout le département
  - id: A4.1
    axis: 4
    title: Précarité énergétique
    nature: new
    indicators: [{ label: Logements, unit: logements }]
    funding:
      "2024": { state: 5000000, collectivite: 5000000 }
    carrier: Département de la Creuse
    publics: [Familles]
    territory: tout le département
`;

/** A text with its French no-break spaces and hyphens made plain, to compare with what a test writes. */
const plain = (text: string | null | undefined): string => (text ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/\u2011/g, "-");

/** The WCAG levels RGAA 4.1 maps to: WCAG 2.1 A and AA. */
const RGAA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** What axe-core finds on the page as it is now, at the levels RGAA maps to: one line per violation and element. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(RGAA_TAGS).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? "?"}): ${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1]?.trim() ?? v.help}`));
}

/** Whether the page scrolls sideways (its content wider than the window). */
const scrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

/** The visible controls, labels and texts that do not fit in the window's width. */
const overflowing = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll("input, select, textarea, button, label, legend, h1, h2, p, li, a")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && (r.left < -1 || r.right > document.documentElement.clientWidth + 1);
      })
      .map((el) => el.id || `${el.tagName}: ${(el.textContent ?? "").slice(0, 40)}`),
  );

/** How long the browser may take for one step (a load, a download): two busy cores under `npm test`. */
const BROWSER_WAIT_MS = 120_000;

/** The most the page may transfer before anyone touches it: HTML, scripts, styles and fonts. */
const FIRST_LOAD_BUDGET = 100 * 1000;

/** Where screenshots go: PACTE_WEB_SCREENSHOTS, else the system's temporary folder. */
const SHOTS = process.env.PACTE_WEB_SCREENSHOTS ?? tmpdir();

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

// --- Filling the form as a person does ------------------------------------------------------------

const at = (p: Page, path: string) => p.locator(`[data-path="${path}"]`);

interface ActionData {
  readonly axis: string;
  readonly title: string;
  readonly amount: string;
}

const CREUSE_ACTIONS: readonly ActionData[] = [
  { axis: "1", title: "Accueil des jeunes enfants en situation de pauvreté", amount: "40 000 €" },
  { axis: "3", title: "Premier accueil social inconditionnel de proximité", amount: "45 000 €" },
  { axis: "4", title: "Lutte contre la précarité énergétique", amount: "30 000 €" },
];

/** Fills action `i` (it must exist): title, axis, nature, carrier, publics, territory, one indicator, the same amount each year. */
async function fillAction(p: Page, i: number, a: ActionData): Promise<void> {
  await at(p, `actions[${i}].title`).fill(a.title);
  await at(p, `actions[${i}].axis`).selectOption(a.axis);
  await at(p, `actions[${i}].nature`).selectOption("new");
  await at(p, `actions[${i}].carrier`).fill("Direction des solidarités");
  await at(p, `actions[${i}].publics`).fill("Familles monoparentales\nAllocataires du RSA");
  await at(p, `actions[${i}].territory`).fill("Ensemble du département");
  if ((await at(p, `actions[${i}].indicators[0].label`).count()) === 0) await at(p, `actions[${i}].addIndicator`).click();
  await at(p, `actions[${i}].indicators[0].label`).fill("Personnes accompagnées");
  await at(p, `actions[${i}].indicators[0].unit`).fill("personnes");
  await at(p, `actions[${i}].indicators[0].baseline`).fill("20");
  for (const [k, year] of ["2024", "2025", "2026", "2027"].entries()) {
    await at(p, `actions[${i}].indicators[0].targets[${year}]`).fill(String(30 + 5 * k));
    await at(p, `actions[${i}].funding[${year}].state`).fill(a.amount);
    await at(p, `actions[${i}].funding[${year}].collectivite`).fill(a.amount);
  }
}

/** Chooses a party in the list after a search. */
async function choose(p: Page, query: string, value: string): Promise<void> {
  await p.locator("#recherche").fill(query);
  await p.locator("#collectivite").selectOption(value);
}

/** The people, the deliberation and the signature. */
async function fillParties(p: Page, who: { prefet: string; executive: string; gender: "f" | "m"; deliberation: [string, string, string]; signature: [string, string] }): Promise<void> {
  await at(p, "prefet.name").fill(who.prefet);
  await at(p, "prefet.gender").selectOption("f");
  await at(p, "executive.name").fill(who.executive);
  await at(p, "executive.gender").selectOption(who.gender);
  await at(p, "deliberation.number").fill(who.deliberation[0]);
  await at(p, "deliberation.date").fill(who.deliberation[1]);
  await at(p, "deliberation.body").fill(who.deliberation[2]);
  await at(p, "signature.place").fill(who.signature[0]);
  await at(p, "signature.date").fill(who.signature[1]);
}

/** The Creuse's contract, complete and coherent, with another funder on its first action. */
async function fillCreuse(p: Page): Promise<void> {
  await choose(p, "Creuse", "collectivite:23D");
  await fillParties(p, {
    prefet: "Anne Martin",
    executive: "Valérie Simonet",
    gender: "f",
    deliberation: ["CP-2024-117", "2024-06-03", "commission permanente"],
    signature: ["Guéret", "2024-07-05"],
  });
  for (const [i, a] of CREUSE_ACTIONS.entries()) {
    if (i > 0) await p.locator("#ajouter").click();
    await fillAction(p, i, a);
  }
  await at(p, "actions[0].addFunder").click();
  await at(p, "actions[0].others[0].name").fill("CAF de la Creuse");
  await at(p, "actions[0].others[0].amounts[2024]").fill("10 000 €");
  await at(p, "actions[0].others[0].amounts[2026]").fill("12 345,67 €");
}

/** Asks for the check and waits for its verdict. */
async function verify(p: Page): Promise<string> {
  await p.locator("#verifier").click();
  await expect.poll(() => p.locator("#verification .fr-alert__title").first().textContent()).not.toBeNull();
  return (await p.locator("#verification .fr-alert__title").first().textContent()) ?? "";
}

/** Every control's value, by its path: the form as a person sees it. */
const formValues = (p: Page): Promise<Record<string, string>> =>
  p.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("#contrat [data-path]")]
        .filter((el) => "value" in el && el.tagName !== "BUTTON")
        .map((el) => [el.dataset.path ?? "", el instanceof HTMLInputElement && el.type === "checkbox" ? String(el.checked) : el.value]),
    ),
  );

describe.skipIf(!hasChromium)("the contract page in Chromium", () => {
  let outDir: string;
  let downloads: string;
  let server: PreviewServer;
  let browser: Browser;
  let url: string;
  const buildWarnings: string[] = [];
  const pageErrors: string[] = [];
  const contexts: BrowserContext[] = [];

  /** A new page of the site in a context of its own (a viewport, a fresh form). */
  async function freshPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ acceptDownloads: true, locale: "fr-FR", viewport });
    context.setDefaultTimeout(BROWSER_WAIT_MS);
    contexts.push(context);
    const p = await context.newPage();
    p.on("pageerror", (e) => pageErrors.push(e.message));
    p.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(m.text());
    });
    await p.goto(url);
    await p.waitForSelector("body[data-ready='true']");
    return p;
  }

  /** Clicks a button that downloads a file, and gives the file's name and bytes. */
  async function downloadFrom(p: Page, selector: string, press?: "Enter"): Promise<{ name: string; bytes: Uint8Array; file: string }> {
    const [download] = await Promise.all([p.waitForEvent("download", { timeout: BROWSER_WAIT_MS }), press ? p.keyboard.press(press) : p.locator(selector).click()]);
    const file = join(downloads, `${contexts.indexOf(p.context())}-${download.suggestedFilename()}`);
    await download.saveAs(file);
    return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(file)), file };
  }

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "pacte-web-"));
    downloads = await mkdtemp(join(tmpdir(), "pacte-web-downloads-"));
    // Build into a folder of our own (a concurrent `npm run build` may be writing dist/), and keep
    // the warnings: a library that reaches for a Node built-in shows up here.
    const logger = createLogger("warn");
    const warn = logger.warn.bind(logger);
    logger.warn = (message, options) => {
      buildWarnings.push(message);
      warn(message, options);
    };
    await build({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), logLevel: "warn", customLogger: logger, build: { outDir, emptyOutDir: true } });
    const port = await freePort();
    server = await preview({
      root: ROOT,
      configFile: join(ROOT, "vite.config.ts"),
      logLevel: "warn",
      build: { outDir },
      preview: { host: "127.0.0.1", port, strictPort: true, open: false },
    });
    url = `http://127.0.0.1:${port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
    if (outDir) await rm(outDir, { recursive: true, force: true });
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it("builds without pulling a Node built-in into the page", () => {
    expect(buildWarnings.filter((w) => /externalized for browser compatibility|node:/i.test(w))).toEqual([]);
  });

  it("loads light: HTML, script, styles and the one font it draws with stay under 100 kB transferred", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    contexts.push(context);
    const p = await context.newPage();
    const responses: { url: string; size: Promise<number> }[] = [];
    p.on("requestfinished", (r) => responses.push({ url: r.url(), size: r.sizes().then((s) => s.responseBodySize) }));
    await p.goto(url, { waitUntil: "networkidle" });
    await p.waitForSelector("body[data-ready='true']");
    await p.evaluate(() => document.fonts.ready.then(() => undefined));
    const files = await Promise.all(responses.map(async (r) => ({ name: r.url.slice(url.length).replace(/-[\w-]{8}\./, "."), size: await r.size })));
    const total = files.reduce((sum, f) => sum + f.size, 0);
    console.info(`Premier chargement : ${files.map((f) => `${f.name || "index.html"} ${(f.size / 1000).toFixed(1)} kB`).join(", ")} ; total ${(total / 1000).toFixed(1)} kB.`);
    // What the page needs first, and nothing else: the checks and the renderers wait for the person.
    expect(files.map((f) => f.name).sort()).toEqual(["", "assets/Marianne-Regular.woff2", "assets/index.css", "assets/index.js"]);
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it("shows no error before anything is touched, and every control has a label", async () => {
    const p = await freshPage();
    expect(await p.locator("[aria-invalid]").count()).toBe(0);
    expect(await p.locator(".fr-input-group--error, .fr-select-group--error, .fr-input--error, .fr-select--error").count()).toBe(0);
    expect(await p.locator("p.fr-message--error:not([hidden])").count()).toBe(0);
    expect(await p.locator("#verification").textContent()).toBe("");
    const unlabelled = await p.evaluate(() =>
      [...document.querySelectorAll("input, select, textarea")]
        .filter((el) => el.id === "" || document.querySelector(`label[for="${el.id}"]`) === null)
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    // A field the person leaves empty after typing in it shows its problem — that one only.
    const name = at(p, "prefet.name");
    await name.fill("Anne");
    await name.fill("");
    await name.blur();
    await expect.poll(() => name.getAttribute("aria-invalid")).toBe("true");
    expect(plain(await p.locator("#prefet-nom-erreur").textContent())).toBe("Indiquez le prénom et le nom de la préfète ou du préfet.");
    expect(await p.locator("[aria-invalid]").count()).toBe(1);
    expect(await p.locator("#verification").textContent()).toBe("");
  });

  // --- The Creuse: checks, downloads, the project saved and opened ---------------------------------

  let creuse: Page;

  it("checks as one types, in French, beside the field, once the check is asked for", async () => {
    creuse = await freshPage();
    await fillCreuse(creuse);
    expect(await verify(creuse)).toBe("Le contrat est complet et cohérent.");
    await expect.poll(async () => plain(await creuse.locator("#resume").textContent())).toMatch(/^Département de la Creuse — 3 actions ; sur 2024–2027, l’État apporte/u);

    // An amount that is not one: marked on the field, explained beside it and in the summary.
    const amount = at(creuse, "actions[0].funding[2024].state");
    await amount.fill("quarante mille");
    await expect.poll(() => amount.getAttribute("aria-invalid")).toBe("true");
    const id = await amount.getAttribute("id");
    await expect.poll(async () => plain(await creuse.locator(`#${id}-erreur`).textContent())).toMatch(/^Montant illisible : « quarante mille »/u);
    await expect.poll(() => creuse.locator("#verification .fr-alert--error").textContent()).toContain("Action 1 — part de l’État en 2024");

    // Axis 2 in a département's contract: what to do in the form, not an option to add.
    await creuse.locator("#ajouter").click();
    await fillAction(creuse, 3, { axis: "2", title: "Accompagnement vers l’emploi", amount: "10 000 €" });
    const axisError = creuse.locator("#verification li[data-code='contract.axis_not_allowed']");
    await expect.poll(() => axisError.count()).toBe(1);
    const text = plain(await axisError.textContent());
    expect(text).toContain("cochez « Convention unique »");
    expect(text).not.toMatch(/options\.|singleConvention|: true/);
    // The link leads to the axis.
    await axisError.locator("a").click();
    expect(await creuse.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path)).toBe("actions[3].axis");
    // (DSFR draws the box in the label: a person clicks the label.)
    await creuse.locator("label[for='convention-unique']").click();
    expect(await creuse.locator("#convention-unique").isChecked()).toBe(true);
    await expect.poll(() => axisError.count()).toBe(0);
    await creuse.locator("label[for='convention-unique']").click();
    await at(creuse, "actions[3].removeAction").click();
    await amount.fill("40 000 €");
    await expect.poll(() => creuse.locator("#verification .fr-alert--success").textContent()).toBe("Le contrat est complet et cohérent.");
    expect(await creuse.locator("[aria-invalid]").count()).toBe(0);
  });

  it("makes the PDF in the browser: it parses and names the Creuse", async () => {
    const requests: string[] = [];
    const onRequest = (r: { url(): string }) => requests.push(r.url());
    creuse.on("request", onRequest);
    const { name, bytes, file } = await downloadFrom(creuse, "#telecharger-pdf");
    creuse.off("request", onRequest);
    expect(name).toBe("CLS-23D-2024-001.pdf");
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBeGreaterThan(3);
    expect(pdf.getTitle()).toContain("Département de la Creuse");
    if (hasPdftotext()) {
      const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
      expect(text).toContain("Département de la Creuse");
      expect(text).toContain("Accueil des jeunes enfants");
      expect(text).toContain("CAF de la Creuse");
      expect(text).toMatch(/Guéret/u);
    }
    // Nothing went to a server but the page's own files (the renderer's chunks, loaded on first use).
    expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
    expect(requests.filter((r) => !r.endsWith(".js"))).toEqual([]);
    await expect.poll(() => creuse.locator("#etat").textContent()).toMatch(/CLS-23D-2024-001\.pdf est prêt/u);
  });

  it("makes the DOCX in the browser: it unzips and names the Creuse", async () => {
    const { name, bytes } = await downloadFrom(creuse, "#telecharger-docx");
    expect(name).toBe("CLS-23D-2024-001.docx");
    const xml = unzipSync(bytes)["word/document.xml"];
    expect(xml).toBeDefined();
    const documentXml = strFromU8(xml ?? new Uint8Array());
    expect(documentXml).toContain("Département de la Creuse");
    expect(documentXml).toContain("Accueil des jeunes enfants");
  });

  it("saves the project to YAML and opens it again: the same form, the same PDF bytes", async () => {
    const before = await formValues(creuse);
    const yaml = await downloadFrom(creuse, "#enregistrer");
    expect(yaml.name).toBe("CLS-23D-2024-001.yaml");
    const text = new TextDecoder().decode(yaml.bytes);
    expect(text).toMatch(/^format: 2$/m);
    expect(text).toContain("40 000 €");
    expect(text).toContain("12 345,67 €");
    const pdfBefore = await downloadFrom(creuse, "#telecharger-pdf");

    const reopened = await freshPage();
    await reopened.locator("#ouvrir").setInputFiles(yaml.file);
    await expect.poll(() => reopened.locator("#ouvrir-etat").textContent()).toContain("est ouvert : 3 actions");
    await expect.poll(() => reopened.locator("#verification .fr-alert--success").textContent()).toBe("Le contrat est complet et cohérent.");
    expect(await formValues(reopened)).toEqual(before);
    const pdfAfter = await downloadFrom(reopened, "#telecharger-pdf");
    expect(pdfAfter.bytes.length).toBe(pdfBefore.bytes.length);
    expect(Buffer.from(pdfAfter.bytes).equals(Buffer.from(pdfBefore.bytes))).toBe(true);
  });

  it("opens a file with problems: each shown in French, at its field, the unknown key at its line", async () => {
    const p = await freshPage();
    const file = join(downloads, "trois-problemes.yaml");
    await writeFile(file, THREE_PROBLEMS_YAML);
    await p.locator("#ouvrir").setInputFiles(file);
    await expect.poll(async () => plain(await p.locator("#ouvrir-etat").textContent())).toContain("Ligne 12 : rubrique inconnue « preambul » (vouliez-vous dire « preambule » ?), ignorée.");
    const errors = p.locator("#verification .fr-alert--error li");
    await expect.poll(() => errors.count()).toBe(2);
    const items = (await errors.evaluateAll((lis) => lis.map((li) => [(li as HTMLElement).dataset.code, li.textContent]))).map(([code, text]) => [code, plain(text)]);
    expect(items.map(([code]) => code)).toEqual(["siret.checksum", "contract.parity"]);
    expect(items[0]?.[1]).toBe("SIRET de la collectivité : SIRET invalide : la clé de contrôle (Luhn) de « 22230962700017 » ne correspond pas ; vérifiez les 14 chiffres.");
    expect(items[1]?.[1]).toMatch(/^Action 1 — part de la collectivité en 2024 : Parité non respectée pour l’action A1\.1 en 2024/u);
    expect(await at(p, "siret").getAttribute("aria-invalid")).toBe("true");
    expect(await at(p, "actions[0].funding[2024].collectivite").getAttribute("aria-invalid")).toBe("true");

    const broken = join(downloads, "illisible.yaml");
    await writeFile(broken, "reference: CLS-1\nprofile: [cls-departement-2024\nstate: {}\n");
    await p.locator("#ouvrir").setInputFiles(broken);
    await expect.poll(async () => plain(await p.locator("#ouvrir-etat li[data-code='input.syntax']").textContent())).toMatch(/^Ligne 3 : Erreur de syntaxe YAML ligne 3, colonne 1/u);
    expect(await p.locator("#ouvrir-etat").textContent()).toContain("n’a pas pu être ouvert");
  });

  it("makes a métropole's contract: the Métropole de Lyon, all four axes, named in its PDF", async () => {
    const p = await freshPage();
    await choose(p, "Lyon", "metropole:200046977");
    expect(await p.locator("#convention-unique-groupe").isHidden()).toBe(true);
    await fillParties(p, {
      prefet: "Claire Dupont",
      executive: "Marc Lefèvre",
      gender: "m",
      deliberation: ["2024-2215", "2024-05-27", "conseil de la Métropole"],
      signature: ["Lyon", "2024-06-14"],
    });
    const axes = ["1", "2", "3", "4"];
    for (const [i, axis] of axes.entries()) {
      if (i > 0) await p.locator("#ajouter").click();
      await fillAction(p, i, { axis, title: `Action métropolitaine sur l’axe ${axis}`, amount: "25 000 €" });
    }
    expect(await verify(p)).toBe("Le contrat est complet et cohérent.");
    // The reference data gives no SIRET for a métropole: a warning that leads to the field.
    const siret = p.locator("#verification li[data-code='contract.siret_missing'] a");
    expect(await siret.textContent()).toBe("SIRET de la collectivité");
    await siret.click();
    expect(await p.evaluate(() => document.activeElement?.id)).toBe("siret");
    await at(p, "siret").fill("20004697700019");
    await expect.poll(() => p.locator("#verification li[data-code='contract.siret_missing']").count()).toBe(0);

    const pdf = await downloadFrom(p, "#telecharger-pdf");
    expect(pdf.name).toBe("CLS-69M-2024-001.pdf");
    const doc = await PDFDocument.load(pdf.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toContain("Métropole de Lyon");
    if (hasPdftotext()) {
      const text = execFileSync("pdftotext", [pdf.file, "-"], { encoding: "utf8" });
      expect(text).toContain("Métropole de Lyon");
      expect(text).toContain("Action métropolitaine sur l’axe 2");
    }
  });

  it("adds and removes actions, indicators and other funders, the focus never lost", async () => {
    const p = await freshPage();
    const focused = () => p.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path ?? document.activeElement?.id ?? "");
    const legends = () => p.locator(".pacte-action__fields > legend").allTextContents();

    // Actions: added at the end with the focus on their title, numbered in order.
    await p.locator("#ajouter").click();
    expect(await focused()).toBe("actions[1].title");
    await p.locator("#ajouter").click();
    expect(await legends()).toEqual(["Action 1", "Action 2", "Action 3"]);
    await at(p, "actions[1].title").fill("La deuxième");
    await at(p, "actions[2].title").fill("La troisième");

    // Indicators of action 2.
    await at(p, "actions[1].addIndicator").click();
    expect(await focused()).toBe("actions[1].indicators[0].label");
    await at(p, "actions[1].addIndicator").click();
    await at(p, "actions[1].indicators[1].label").fill("Second indicateur");
    expect(await p.locator(".pacte-indicator legend").first().textContent()).toBe("Indicateur 1 de l’action 2");
    await p.getByRole("button", { name: "Retirer l’indicateur 1 de l’action 2" }).click();
    expect(await at(p, "actions[1].indicators[0].label").inputValue()).toBe("Second indicateur");
    expect(await focused()).toBe("actions[1].indicators[0].label");
    await p.getByRole("button", { name: "Retirer l’indicateur 1 de l’action 2" }).click();
    expect(await at(p, "actions[1].indicators[0].label").count()).toBe(0);
    expect(await focused()).toBe("actions[1].addIndicator");

    // Other funders of action 3.
    await at(p, "actions[2].addFunder").click();
    expect(await focused()).toBe("actions[2].others[0].name");
    await at(p, "actions[2].others[0].name").fill("ARS Nouvelle-Aquitaine");
    await at(p, "actions[2].others[0].amounts[2025]").fill("5 000 €");
    await p.getByRole("button", { name: "Retirer le financeur 1 de l’action 3" }).click();
    expect(await at(p, "actions[2].others[0].name").count()).toBe(0);
    expect(await focused()).toBe("actions[2].addFunder");

    // Removing the first action: the others move up, renumbered, and the focus goes to the next one.
    await p.getByRole("button", { name: "Retirer l’action 1" }).click();
    expect(await legends()).toEqual(["Action 1", "Action 2"]);
    expect(await at(p, "actions[0].title").inputValue()).toBe("La deuxième");
    expect(await focused()).toBe("actions[0].title");
    expect(await p.getByRole("button", { name: "Retirer l’action 2" }).count()).toBe(1);
    // Removing the last one: the focus goes to the previous one; removing every one, to « Ajouter une action ».
    await p.getByRole("button", { name: "Retirer l’action 2" }).click();
    expect(await focused()).toBe("actions[0].title");
    await p.getByRole("button", { name: "Retirer l’action 1" }).click();
    expect(await focused()).toBe("addAction");
  });

  // --- RGAA 4.1: axe-core in three states, keyboard alone, focus, errors, widths and zoom ---------

  const showErrors = async (p: Page): Promise<void> => {
    await choose(p, "Creuse", "collectivite:23D");
    await at(p, "actions[0].funding[2024].state").fill("quarante mille");
    await at(p, "actions[0].axis").selectOption("2");
    await p.locator("#verifier").click();
    await expect.poll(() => p.locator("#verification li[data-code='money.format']").count()).toBe(1);
  };

  it("meets RGAA 4.1 (WCAG 2.1 A and AA) as loaded: axe-core finds no violation", async () => {
    const p = await freshPage();
    expect(await axeViolations(p)).toEqual([]);
  });

  it("with errors shown: each beside its field with ARIA, announced in a live region, reached from the summary — and axe finds no violation", async () => {
    const p = await freshPage();
    await showErrors(p);
    // Asked for, the check puts the focus on its summary.
    expect(await p.evaluate(() => document.activeElement?.id)).toBe("verification-titre");
    const amount = at(p, "actions[0].funding[2024].state");
    const id = (await amount.getAttribute("id")) ?? "";
    expect(await amount.getAttribute("aria-invalid")).toBe("true");
    expect((await amount.getAttribute("aria-describedby"))?.split(" ")).toContain(`${id}-erreur`);
    expect(await amount.getAttribute("aria-errormessage")).toBe(`${id}-erreur`);
    expect(await p.locator(`#${id}-erreur`).textContent()).not.toBe("");
    const live = p.locator("#verification");
    expect([await live.getAttribute("role"), await live.getAttribute("aria-live")]).toEqual(["status", "polite"]);
    expect(await live.textContent()).toContain("Action 1 — part de l’État en 2024");
    // The summary's entry is a link to the field: followed by keyboard, it puts the focus there.
    const entry = p.locator(`#verification a[href='#${id}']`);
    await entry.focus();
    await p.keyboard.press("Enter");
    expect(await p.evaluate(() => document.activeElement?.id)).toBe(id);
    expect(await axeViolations(p)).toEqual([]);
  });

  it("with the form filled: axe finds no violation, and the error links are gone", async () => {
    const p = await freshPage();
    await fillCreuse(p);
    expect(await verify(p)).toBe("Le contrat est complet et cohérent.");
    expect(await at(p, "actions[0].funding[2024].state").getAttribute("aria-describedby")).toBeNull();
    expect(await p.locator("[aria-invalid]").count()).toBe(0);
    expect(await axeViolations(p)).toEqual([]);
  });

  it("works by keyboard alone: search, choose, fill in, add actions, reach the download and get the PDF", async () => {
    const p = await freshPage();
    const focused = () => p.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path ?? document.activeElement?.id ?? "");
    const typed: Readonly<Record<string, string>> = {
      recherche: "Creuse",
      "prefet.name": "Anne Martin",
      "executive.name": "Valérie Simonet",
      "deliberation.number": "CP-2024-117",
      // (Day and month alike: the browser's language decides their order in the field.)
      "deliberation.date": "06062024",
      "deliberation.body": "commission permanente",
      "signature.place": "Guéret",
      "signature.date": "07072024",
    };
    const chosen = new Set(["party", "prefet.gender", "executive.gender"]);
    const path: string[] = [];
    let actions = 1;
    for (let i = 0; i < 400 && (await focused()) !== "telecharger-pdf"; i++) {
      await p.keyboard.press("Tab");
      const here = await focused();
      path.push(here);
      const action = here.match(/^actions\[(\d)\]\.(.+)$/);
      if (typed[here] !== undefined) await p.keyboard.type(typed[here]);
      else if (chosen.has(here)) {
        if ((await p.evaluate(() => (document.activeElement as HTMLSelectElement).value)) === "") await p.keyboard.press("ArrowDown");
      } else if (here === "addAction" && actions < 3) {
        await p.keyboard.press("Enter"); // a new action, the focus on its title
        expect(await focused()).toBe(`actions[${actions}].title`);
        await p.keyboard.type(CREUSE_ACTIONS[actions]?.title ?? "");
        actions++;
      } else if (action !== null) {
        const [, n, field] = action;
        const data = CREUSE_ACTIONS[Number(n)];
        if (data === undefined) continue;
        if (field === "title" && n === "0") await p.keyboard.type(data.title);
        if (field === "axis") for (let k = 0; k < Number(data.axis); k++) await p.keyboard.press("ArrowDown");
        if (field === "nature") await p.keyboard.press("ArrowDown");
        if (field === "funding[2024].state" || field === "funding[2024].collectivite") await p.keyboard.type(data.amount);
      }
    }
    expect(actions).toBe(3);
    expect(await focused()).toBe("telecharger-pdf");
    // The order follows the page: the search, the list, the signatories, the actions, the downloads.
    expect(path.indexOf("recherche")).toBeLessThan(path.indexOf("party"));
    expect(path.indexOf("party")).toBeLessThan(path.indexOf("prefet.name"));
    expect(path.indexOf("prefet.name")).toBeLessThan(path.indexOf("actions[0].title"));
    expect(await at(p, "actions[2].axis").inputValue()).toBe("4");
    expect(await at(p, "deliberation.date").inputValue()).toBe("2024-06-06");
    expect(await at(p, "signature.date").inputValue()).toBe("2024-07-07");
    const { name } = await downloadFrom(p, "#telecharger-pdf", "Enter");
    expect(name).toBe("CLS-23D-2024-001.pdf");
    await expect.poll(() => p.locator("#etat").textContent()).toMatch(/CLS-23D-2024-001\.pdf est prêt/u);
  });

  it("shows where the focus is: DSFR's outline on fields, lists, buttons and links", async () => {
    const p = await freshPage();
    await showErrors(p);
    for (const selector of ["#recherche", "#collectivite", "#prefet-titre", "#ajouter", "#verification a", "#telecharger-pdf"]) {
      await p.locator(selector).first().focus();
      await p.keyboard.press("Shift+Tab");
      await p.keyboard.press("Tab"); // (focus by keyboard: :focus-visible applies)
      const outline = await p.evaluate(() => {
        const s = getComputedStyle(document.activeElement as Element);
        return { style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth) };
      });
      expect({ selector, style: outline.style, wide: outline.width >= 2 }).toEqual({ selector, style: "solid", wide: true });
    }
  });

  it.each([320, 390])("is usable %i px wide: no horizontal scroll as loaded, with errors and filled; every control within the width (screenshot)", async (width) => {
    const p = await freshPage({ width, height: 900 });
    expect(await scrollsSideways(p)).toBe(false);
    expect(await overflowing(p)).toEqual([]);
    await showErrors(p);
    expect(await scrollsSideways(p)).toBe(false);
    expect(await overflowing(p)).toEqual([]);
    await p.screenshot({ path: join(SHOTS, `pacte-web-${width}-erreurs.png`), fullPage: true });
    await at(p, "actions[0].axis").selectOption("1");
    await at(p, "actions[0].funding[2024].state").fill("40 000 €");
    await at(p, "actions[0].addFunder").click();
    await at(p, "actions[0].addIndicator").click();
    expect(await scrollsSideways(p)).toBe(false);
    expect(await overflowing(p)).toEqual([]);
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.screenshot({ path: join(SHOTS, `pacte-web-${width}.png`), fullPage: true });
    if (width === 320) expect(await axeViolations(p)).toEqual([]);
  });

  it("is usable at 200 % zoom: a 1280 px window zoomed (640 CSS px) and text at 200 % scroll only vertically", async () => {
    const zoomed = await freshPage({ width: 640, height: 450 });
    await choose(zoomed, "Creuse", "collectivite:23D");
    expect(await scrollsSideways(zoomed)).toBe(false);
    expect(await overflowing(zoomed)).toEqual([]);
    await zoomed.screenshot({ path: join(SHOTS, "pacte-web-zoom-200.png"), fullPage: false });
    const bigText = await freshPage({ width: 1280, height: 900 });
    await bigText.addStyleTag({ content: "html { font-size: 200% !important; }" });
    await showErrors(bigText);
    expect(await scrollsSideways(bigText)).toBe(false);
    // Nothing is cut: every label is as tall as its text needs.
    const clipped = await bigText.evaluate(() => [...document.querySelectorAll("label, legend, button")].filter((el) => el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent));
    expect(clipped).toEqual([]);
  });

  it("raised no error in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
