// The page, for real: built with Vite, served on 127.0.0.1, driven in Debian's Chromium. A
// person picks the Creuse, sees the live checks, and downloads the contract as PDF and DOCX,
// which are produced in the browser (no request leaves the page while they are made) and read
// back here.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
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

/** A Creuse contract in YAML with three problems: a SIRET whose checksum is wrong (line 8), an unknown key (line 12), a broken parity (line 20). */
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

/** How long the browser may take for one step (a load, a download): two busy cores under `npm test`. */
const BROWSER_WAIT_MS = 120_000;

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

describe.skipIf(!hasChromium)("the contract page in Chromium", () => {
  let outDir: string;
  let downloads: string;
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let url: string;
  const buildWarnings: string[] = [];
  const pageErrors: string[] = [];

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
    const context = await browser.newContext({ acceptDownloads: true, locale: "fr-FR" });
    context.setDefaultTimeout(BROWSER_WAIT_MS);
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(m.text());
    });
    await page.goto(url);
    await page.waitForSelector("body[data-ready='true']");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
    if (outDir) await rm(outDir, { recursive: true, force: true });
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it("builds without pulling a Node built-in into the page", () => {
    expect(buildWarnings.filter((w) => /externalized for browser compatibility|node:/i.test(w))).toEqual([]);
  });

  it("asks for a collectivity first, with an accessible form", async () => {
    await expect(page.locator("#telecharger-pdf").isDisabled()).resolves.toBe(true);
    await expect(page.locator("#verification").textContent()).resolves.toContain("Choisissez la collectivité qui signe le contrat.");
    // Every control of the form has a label.
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input, select")]
        .filter((el) => el.id === "" || document.querySelector(`label[for="${el.id}"]`) === null)
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
  });

  it("checks as one types, in French, beside the field", async () => {
    await page.getByLabel("Rechercher une collectivité (nom, code, SIREN)").fill("Creuse");
    await page.getByLabel("Collectivité", { exact: true }).selectOption({ label: "Département de la Creuse" });
    await expect.poll(() => page.locator("#verification .ok").textContent()).toBe("Le contrat est complet et cohérent.");

    // An amount that is not one: marked on the field, explained beside it, downloads disabled.
    const amount = page.locator("#action-0-amount");
    await amount.fill("quarante mille");
    await expect.poll(() => amount.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => page.locator("#action-0-amount-erreur").textContent()).not.toBe("");
    await expect.poll(() => page.locator("#verification .errors").textContent()).toContain("Action 1 — montant");
    await expect.poll(() => page.locator("#telecharger-pdf").isDisabled()).toBe(true);
    // An axis a département's contract may not hold, reported at the same time.
    await page.locator("#action-1-axis").selectOption("2");
    await expect.poll(() => page.locator("#verification li[data-code='contract.axis_not_allowed']").count()).toBe(1);
    await expect.poll(() => page.locator("#verification .errors").textContent()).toContain("L’axe 2");

    await page.locator("#action-1-axis").selectOption("3");
    await amount.fill("40 000");
    await expect.poll(() => page.locator("#verification .ok").textContent()).toBe("Le contrat est complet et cohérent.");
    await expect.poll(() => amount.getAttribute("aria-invalid")).toBeNull();
    await expect.poll(() => page.locator("#resume").textContent()).toContain("Département de la Creuse");
    await expect.poll(() => page.locator("#telecharger-pdf").isEnabled()).toBe(true);
  });

  it("makes the PDF in the browser: it parses and names the Creuse", async () => {
    const requests: string[] = [];
    const onRequest = (r: { url(): string }) => requests.push(r.url());
    page.on("request", onRequest);
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: BROWSER_WAIT_MS }), page.locator("#telecharger-pdf").click()]);
    page.off("request", onRequest);
    expect(download.suggestedFilename()).toBe("CLS-2024-23D.pdf");
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = new Uint8Array(await readFile(file));
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBeGreaterThan(3);
    expect(pdf.getTitle()).toContain("Département de la Creuse");
    if (hasPdftotext()) {
      const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
      expect(text).toContain("Département de la Creuse");
      expect(text).toContain("Accueil du jeune enfant");
    }
    // Nothing went to a server but the page's own files (the renderer's chunk, loaded on first use).
    expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
    expect(requests.filter((r) => !r.endsWith(".js"))).toEqual([]);
  });

  it("makes the DOCX in the browser: it unzips and names the Creuse", async () => {
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: BROWSER_WAIT_MS }), page.locator("#telecharger-docx").click()]);
    expect(download.suggestedFilename()).toBe("CLS-2024-23D.docx");
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const parts = unzipSync(new Uint8Array(await readFile(file)));
    const xml = parts["word/document.xml"];
    expect(xml).toBeDefined();
    const documentXml = strFromU8(xml ?? new Uint8Array());
    expect(documentXml).toContain("Département de la Creuse");
    expect(documentXml).toContain("Accueil du jeune enfant");
    await expect(page.locator("#etat").textContent()).resolves.toMatch(/CLS-2024-23D\.docx prêt/);
  });

  it("checks a contract written in YAML with the library, in French, line by line", async () => {
    await page.getByLabel("Contrat au format YAML").fill(THREE_PROBLEMS_YAML);
    await page.getByRole("button", { name: "Vérifier le YAML" }).click();
    const result = page.locator("#yaml-resultat");
    await expect.poll(() => result.locator("li").count()).toBe(3);
    const items = await result.locator("li").evaluateAll((lis) => lis.map((li) => [(li as HTMLElement).dataset.line, (li as HTMLElement).dataset.code, li.textContent]));
    expect(items.map(([line, code]) => [line, code])).toEqual([
      ["8", "siret.checksum"],
      ["12", "input.unknown_key"],
      ["20", "contract.parity"],
    ]);
    expect(items[0]?.[2]).toBe("Ligne 8 (collectivite.siret) : SIRET invalide : la clé de contrôle (Luhn) de « 22230962700017 » ne correspond pas ; vérifiez les 14 chiffres.");
    expect(items[1]?.[2]).toContain("Ligne 12 (preambul) : Clé inconnue : « preambul » ; vouliez-vous dire « preambule » ?");
    expect(items[2]?.[2]).toContain("Ligne 20 (actions[0].funding[2024]) : Parité non respectée pour l’action A1.1 en 2024");
    await expect(result.locator("h3").textContent()).resolves.toBe("3 problèmes à corriger");

    const fixed = THREE_PROBLEMS_YAML.replace('"22230962700017"', '"22230962700016"').replace("preambul: {}", "preambule: {}").replace("collectivite: 4000000", "collectivite: 5000000");
    await page.getByLabel("Contrat au format YAML").fill(fixed);
    await page.getByRole("button", { name: "Vérifier le YAML" }).click();
    await expect.poll(() => result.locator(".ok").textContent()).toBe("Le contrat est valide : Département de la Creuse — CLS-23-2024-001.");

    await page.getByLabel("Contrat au format YAML").fill("reference: CLS-1\nprofile: [cls-departement-2024\nstate: {}\n");
    await page.getByRole("button", { name: "Vérifier le YAML" }).click();
    await expect.poll(() => result.locator("li[data-code='input.syntax']").textContent()).toMatch(/^Ligne 3 : Erreur de syntaxe YAML ligne 3, colonne 1 : liste entre crochets/);
  });

  // --- RGAA 4.1: axe-core in three states, keyboard alone, focus, errors, widths and zoom ---------

  /** A new page of the site in a context of its own (a viewport, a fresh form). */
  const contexts: BrowserContext[] = [];
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
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });
  const chooseCreuse = async (p: Page): Promise<void> => {
    await p.getByLabel("Rechercher une collectivité (nom, code, SIREN)").fill("Creuse");
    await p.getByLabel("Collectivité", { exact: true }).selectOption({ label: "Département de la Creuse" });
    await expect.poll(() => p.locator("#verification .ok").textContent()).toBe("Le contrat est complet et cohérent.");
  };
  const showErrors = async (p: Page): Promise<void> => {
    await p.locator("#action-0-amount").fill("quarante mille");
    await p.locator("#action-1-axis").selectOption("2");
    await expect.poll(() => p.locator("#verification li[data-code='contract.axis_not_allowed']").count()).toBe(1);
  };

  it("meets RGAA 4.1 (WCAG 2.1 A and AA) as loaded: axe-core finds no violation", async () => {
    const p = await freshPage();
    expect(await axeViolations(p)).toEqual([]);
  });

  it("with errors shown: each announced in a live region, linked to its field, reached from the summary — and axe finds no violation", async () => {
    const p = await freshPage();
    await chooseCreuse(p);
    await showErrors(p);
    const amount = p.locator("#action-0-amount");
    expect(await amount.getAttribute("aria-invalid")).toBe("true");
    expect((await amount.getAttribute("aria-describedby"))?.split(" ")).toContain("action-0-amount-erreur");
    expect(await p.locator("#action-0-amount-erreur").textContent()).not.toBe("");
    const live = p.locator("#verification");
    expect([await live.getAttribute("role"), await live.getAttribute("aria-live")]).toEqual(["status", "polite"]);
    expect(await live.textContent()).toContain("Action 1 — montant");
    // The summary's entry is a link to the field: followed by keyboard, it puts the focus there.
    const entry = p.locator("#verification a[href='#action-0-amount']");
    await entry.focus();
    await p.keyboard.press("Enter");
    expect(await p.evaluate(() => document.activeElement?.id)).toBe("action-0-amount");
    expect(await axeViolations(p)).toEqual([]);
  });

  it("with the form filled: axe finds no violation, and the error links are gone", async () => {
    const p = await freshPage();
    await chooseCreuse(p);
    await showErrors(p);
    await p.locator("#action-1-axis").selectOption("3");
    await p.locator("#action-0-amount").fill("40 000");
    await expect.poll(() => p.locator("#verification .ok").textContent()).toBe("Le contrat est complet et cohérent.");
    expect(await p.locator("#action-0-amount").getAttribute("aria-describedby")).toBeNull();
    expect(await p.locator("[aria-invalid]").count()).toBe(0);
    expect(await axeViolations(p)).toEqual([]);
  });

  it("works by keyboard alone: search, choose, add an action, reach the download and get the PDF", async () => {
    const p = await freshPage();
    const focused = () => p.evaluate(() => document.activeElement?.id ?? "");
    await p.keyboard.press("Tab");
    expect(await focused()).toBe("recherche");
    await p.keyboard.type("Creuse");
    await p.keyboard.press("Tab");
    expect(await focused()).toBe("collectivite");
    if ((await p.locator("#collectivite").inputValue()) === "") await p.keyboard.press("ArrowDown");
    await expect.poll(() => p.locator("#collectivite").inputValue()).toBe("collectivite:23D");
    let added = false;
    const path: string[] = [];
    for (let i = 0; i < 60 && (await focused()) !== "telecharger-pdf"; i++) {
      if ((await focused()) === "ajouter" && !added) {
        await p.keyboard.press("Enter"); // a new action, the focus on its title
        added = true;
        expect(await focused()).toMatch(/^action-\d+-title$/);
        await p.keyboard.type("Action saisie au clavier");
        await p.keyboard.press("Tab"); // its axis: 1 stays
        await p.keyboard.press("Tab");
        await p.keyboard.type("12 000");
        continue;
      }
      await p.keyboard.press("Tab");
      path.push(await focused());
    }
    expect(added).toBe(true);
    expect(await focused()).toBe("telecharger-pdf");
    // The order follows the page: the signatories, then the actions, then the downloads.
    expect(path.indexOf("prefet-nom")).toBeLessThan(path.indexOf("action-0-title"));
    const [download] = await Promise.all([p.waitForEvent("download", { timeout: BROWSER_WAIT_MS }), p.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("CLS-2024-23D.pdf");
    await expect.poll(() => p.locator("#etat").textContent()).toMatch(/CLS-2024-23D\.pdf prêt/);
  });

  it("shows where the focus is: a 3 px outline on fields, lists, buttons and links", async () => {
    const p = await freshPage();
    await chooseCreuse(p);
    await showErrors(p);
    for (const selector of ["#recherche", "#collectivite", "#prefet-genre", "#ajouter", "#verification a"]) {
      await p.locator(selector).first().focus();
      await p.keyboard.press("Shift+Tab");
      await p.keyboard.press("Tab"); // (focus by keyboard: :focus-visible applies)
      const outline = await p.evaluate(() => {
        const s = getComputedStyle(document.activeElement as Element);
        return { style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth) };
      });
      expect({ selector, ...outline }).toEqual({ selector, style: "solid", width: 3 });
    }
  });

  it("is usable 320 px wide: no horizontal scroll as loaded, with errors and filled; every control within the width (screenshot)", async () => {
    const p = await freshPage({ width: 320, height: 900 });
    const overflowing = () =>
      p.evaluate(() =>
        [...document.querySelectorAll("input, select, button, label, legend, h1, h2, p, li")]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.left < -1 || r.right > document.documentElement.clientWidth + 1);
          })
          .map((el) => el.id || el.tagName),
      );
    expect(await scrollsSideways(p)).toBe(false);
    expect(await overflowing()).toEqual([]);
    await chooseCreuse(p);
    await showErrors(p);
    expect(await scrollsSideways(p)).toBe(false);
    expect(await overflowing()).toEqual([]);
    await p.screenshot({ path: join(SHOTS, "pacte-web-320.png"), fullPage: true });
    expect(await axeViolations(p)).toEqual([]);
  });

  it("is usable at 200 % zoom: a 1280 px window zoomed (640 CSS px) and text at 200 % scroll only vertically", async () => {
    const zoomed = await freshPage({ width: 640, height: 450 });
    await chooseCreuse(zoomed);
    expect(await scrollsSideways(zoomed)).toBe(false);
    await zoomed.screenshot({ path: join(SHOTS, "pacte-web-zoom-200.png"), fullPage: false });
    const bigText = await freshPage({ width: 1280, height: 900 });
    await bigText.addStyleTag({ content: "html { font-size: 200% !important; }" });
    await chooseCreuse(bigText);
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
