import { plainEuros, readableText } from "../test-support/readable-text";
import { documentPlainText, frenchTypography, validateDocument, type Block, type Document, type Table } from "@pacte/document";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UnknownSlotError } from "../clauses/fill-slots";
import type { Contract } from "../contract";
import { contractTotals } from "../finance/totals";
import type { ContractInput } from "../input";
import { defineProfile } from "../profile";
import { CLS_DEPARTEMENT_2024 } from "../profiles/cls-2024/cls-departement-2024";
import { bordeauxContract, bordeauxInput, calpaeContract, creuseContract, creuseInput } from "../test-support/fixtures";
import { parseContract } from "../validate-contract";
import { contractToDocument } from "./contract-to-document";

function blocks(doc: Document): Block[] {
  const out: Block[] = [];
  const visit = (list: readonly Block[]): void => {
    for (const b of list) {
      out.push(b);
      if (b.type === "keepTogether") visit(b.blocks);
    }
  };
  visit(doc.body);
  return out;
}

const text = (doc: Document): string => readableText(doc).join("\n");
const fixtures: [string, () => Contract][] = [
  ["département (Creuse, 12 actions)", creuseContract],
  ["métropole (Bordeaux, 4 axes)", bordeauxContract],
  ["CALPAE 2019 (Pyrénées-Orientales)", calpaeContract],
];

describe("contractToDocument", () => {
  it.each(fixtures)("composes the %s contract into a document validateDocument accepts, without warnings", (_, make) => {
    const result = validateDocument(contractToDocument(make()));
    expect(result.success ? result.warnings : result.issues).toEqual([]);
  });

  it.each(fixtures)("shows every action title and every yearly total of the %s contract", (_, make) => {
    const contract = make();
    const plain = text(contractToDocument(contract));
    for (const action of contract.actions) expect(plain).toContain(frenchTypography(action.title).replace(/[\u00A0\u202F]/g, " "));
    for (const { amounts } of contractTotals(contract).byYear) {
      for (const amount of [amounts.state, amounts.collectivite, amounts.total]) expect(plain).toContain(plainEuros(amount));
    }
  });

  it("composes the same input to the same document, deep-equal and JSON-identical", () => {
    const a = contractToDocument(parseContract(creuseInput()));
    const b = contractToDocument(parseContract(creuseInput()));
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it("does not modify the contract", () => {
    const contract = creuseContract();
    const before = structuredClone(contract);
    contractToDocument(contract);
    expect(contract).toEqual(before);
  });

  it("numbers the articles with stable ids and labels, after the parties, the visas and the préambule", () => {
    const doc = contractToDocument(creuseContract());
    const headings = blocks(doc).filter((b) => b.type === "heading" && b.level === 1);
    expect(headings.map((h) => (h.type === "heading" ? [h.id, (h.label ?? "").replace(/\u00A0/g, " "), h.text] : []))).toEqual([
      ["preambule", "", "Préambule"],
      ["art-objet", "Article 1", "Objet"],
      ["art-engagements-collectivite", "Article 2", "Engagements du Département"],
      ["art-engagements-etat", "Article 3", "Engagements de l’État"],
      ["art-actions", "Article 4", "Actions contractualisées"],
      ["art-financement", "Article 5", "Engagements financiers"],
      ["art-versements", "Article 6", "Modalités de versement"],
      ["art-suivi", "Article 7", "Suivi, évaluation et indicateurs"],
      ["art-gouvernance", "Article 8", "Gouvernance"],
      ["art-communication", "Article 9", "Communication"],
      ["art-donnees-personnelles", "Article 10", "Protection des données à caractère personnel"],
      ["art-duree", "Article 11", "Entrée en vigueur et durée"],
      ["art-modification", "Article 12", "Modification"],
      ["art-resiliation", "Article 13", "Résiliation"],
      ["art-litiges", "Article 14", "Litiges"],
      ["annexe-fiches", "Annexe 1", "Fiches actions"],
      ["annexe-financier", "Annexe 2", "Tableau financier pluriannuel"],
      ["annexe-indicateurs", "Annexe 3", "Indicateurs"],
    ]);
    const plain = readableText(doc);
    const at = (s: string) => plain.findIndex((l) => l.startsWith(s));
    expect(at("Entre")).toBeLessThan(at("Vu le code de l’action sociale"));
    expect(at("Vu le code de l’action sociale")).toBeLessThan(at("Préambule"));
    expect(at("Préambule")).toBeLessThan(at("Article 1 – Objet"));
    expect(at("Article 14 – Litiges")).toBeLessThan(at("Fait à Guéret, le 5 juillet 2024, en deux exemplaires originaux."));
    // « Fait à … » once, in the signature section, not also at the end of the last article.
    expect(plain.filter((l) => l.startsWith("Fait à"))).toHaveLength(1);
    expect(plain.filter((l) => l.startsWith("Fiche action "))).toHaveLength(12);
  });

  it("writes the parties, the SIRET, the deliberation, the visas and the disputes clause", () => {
    const plain = text(contractToDocument(creuseContract()));
    expect(plain).toContain("L’État, représenté par la préfète de la Creuse, Madame Anne Martin,");
    expect(plain).toContain(
      "Le Département de la Creuse, SIRET no 222 309 627 00016, ayant son siège 4 place Louis-Lacrocq, 23000 Guéret, représenté par la présidente du conseil départemental de la Creuse, Madame Valérie Simonet, dûment habilitée par la délibération no CP-2024-06-03 de la commission permanente du conseil départemental de la Creuse du 3 juin 2024,",
    );
    expect(plain).toContain("ci-après dénommé « le Département »,");
    expect(plain).toContain("Vu l’instruction interministérielle no DGCS/SD1B/2023/169 du 23 novembre 2023");
    expect(plain).not.toContain("DGCS/SD1B/2023/168");
    expect(plain).toContain("le litige est porté devant le tribunal administratif de Limoges.");
  });

  it("cites the métropoles' instruction, the préfet de région and the retroactive start for a métropole", () => {
    const doc = contractToDocument(bordeauxContract());
    const plain = text(doc);
    expect(plain).toContain("Vu l’instruction interministérielle no DGCS/SD1B/2023/168 du 27 octobre 2023");
    expect(plain).toContain("ci-après dénommée « la Métropole »,");
    expect(plain).toContain("Les actions engagées à compter du 1er janvier 2024, y compris avant la date de signature");
    const sig = blocks(doc).find((b) => b.type === "signatures");
    // The préfet de la Gironde is the préfet de région: one person signs once.
    expect(sig?.type === "signatures" && sig.signatories.map((s) => s.fieldId)).toEqual(["signature-etat", "signature-collectivite"]);
  });

  it("states the amounts in words and in figures, in total and per year", () => {
    const contract = creuseContract();
    const plain = text(contractToDocument(contract));
    expect(plain).toContain(
      "la contribution de l’État s’élève à un million huit cent quatre-vingt-huit mille euros (1 888 000,00 €) et celle du Département à un million huit cent quatre-vingt-huit mille euros (1 888 000,00 €).",
    );
    expect(plain).toContain(
      "au titre de l’année 2025 : quatre cent soixante-dix mille euros (470 000,00 €) pour l’État et quatre cent soixante-dix mille euros (470 000,00 €) pour le Département ;",
    );
  });

  it("signs with the signature date and place of the input, and fills the metadata without a clock", () => {
    const doc = contractToDocument(creuseContract());
    const sig = blocks(doc).find((b) => b.type === "signatures");
    expect(sig).toEqual({
      type: "signatures",
      signatories: [
        { role: "Pour l’État", quality: "La préfète de la Creuse", name: "Anne Martin", fieldId: "signature-etat" },
        {
          role: "Pour le Département de la Creuse",
          quality: "La présidente du conseil départemental de la Creuse",
          name: "Valérie Simonet",
          fieldId: "signature-collectivite",
        },
      ],
    });
    expect(doc.meta).toMatchObject({
      title: "Contrat local des solidarités n°\u00A0CLS-23-2024-001 – Département de la Creuse",
      language: "fr-FR",
      createdAt: "2024-07-05",
      customProperties: { reference: "CLS-23-2024-001", profile: "cls-departement-2024" },
    });
    // Two identities side by side: the State's (préfet, service) and the collectivity's, never one stack.
    expect(doc.body[0]).toEqual({
      type: "identities",
      parties: [
        { lines: ["PRÉFÈTE DE LA CREUSE", "Direction départementale de l’emploi, du travail, des solidarités et de la protection des populations de la Creuse"], logo: "etat" },
        { lines: ["Département de la Creuse"], logo: "collectivite" },
      ],
    });
  });

  it.each([
    ["f", "f", "La préfète de la Creuse", "la préfète de la Creuse", "La présidente du conseil départemental de la Creuse", "dûment habilitée", "PRÉFÈTE DE LA CREUSE"],
    ["m", "f", "Le préfet de la Creuse", "le préfet de la Creuse", "La présidente du conseil départemental de la Creuse", "dûment habilitée", "PRÉFET DE LA CREUSE"],
    ["f", "m", "La préfète de la Creuse", "la préfète de la Creuse", "Le président du conseil départemental de la Creuse", "dûment habilité par", "PRÉFÈTE DE LA CREUSE"],
    ["m", "m", "Le préfet de la Creuse", "le préfet de la Creuse", "Le président du conseil départemental de la Creuse", "dûment habilité par", "PRÉFET DE LA CREUSE"],
  ] as const)("genders the titles: préfet %s, executive %s", (prefet, executive, prefetTitle, prefetMid, executiveTitle, empowered, mark) => {
    const input = creuseInput();
    input.state.prefet.gender = prefet;
    input.collectivite.executive.gender = executive;
    const doc = contractToDocument(parseContract(input));
    const plain = text(doc);
    expect(plain).toContain(`L’État, représenté par ${prefetMid},`);
    expect(plain).toContain(empowered);
    expect(plain).toContain(`la coprésidence ${prefet === "f" ? "de la préfète" : "du préfet"} de la Creuse et ${executive === "f" ? "de la présidente" : "du président"} du conseil départemental`);
    expect(plain).toContain(`transmet ${prefet === "f" ? "à la préfète" : "au préfet"} de la Creuse`);
    const sig = blocks(doc).find((b) => b.type === "signatures");
    expect(sig?.type === "signatures" && sig.signatories.map((s) => s.quality)).toEqual([prefetTitle, executiveTitle]);
    expect(doc.body[0]?.type === "identities" && doc.body[0].parties[0]?.lines[0]).toBe(mark);
  });

  it("replaces an article's text from the input, and from the options over the input", () => {
    const input: ContractInput = { ...creuseInput(), articles: { litiges: "Tout litige relève du tribunal administratif de Limoges, saisi par {collectivite.designation} ou l'État." } };
    const contract = parseContract(input);
    const plain = text(contractToDocument(contract));
    expect(plain).toContain("Article 14 – Litiges\nTout litige relève du tribunal administratif de Limoges, saisi par le Département ou l’État.");
    expect(plain).not.toContain("le litige est porté devant");
    const replaced = text(contractToDocument(contract, { articles: { litiges: "Autre texte.\n\n- premier point ;\n- second point." } }));
    expect(replaced).toContain("Article 14 – Litiges\nAutre texte.\npremier point ;\nsecond point.\nFait à");
  });

  it("keeps an unknown placeholder of a user's text as written instead of throwing", () => {
    const doc = contractToDocument(creuseContract(), { articles: { objet: "Objet {inconnu} et {ref:nulle-part}." } });
    expect(text(doc)).toContain("Article 1 – Objet\nObjet {inconnu} et {ref:nulle-part}.");
    expect(validateDocument(doc).success).toBe(true);
  });

  it("throws UnknownSlotError when a profile's own template uses an unknown slot (a programming error)", () => {
    const profile = defineProfile({ ...CLS_DEPARTEMENT_2024, id: "cls-test", clauses: [{ id: "objet", title: "Objet", text: "Voir {pas.de.slot}." }] });
    const contract = parseContract({ ...creuseInput(), profile: "cls-test" }, { profiles: [profile] });
    expect(() => contractToDocument(contract)).toThrow(UnknownSlotError);
  });

  it("leaves out the table of contents, the annexes and the footer on request, and puts a team's logo above the State's identity", () => {
    const logo = { data: new Uint8Array([1, 2, 3]), mimeType: "image/png" as const, alt: "Logo du département" };
    const doc = contractToDocument(creuseContract(), { includeToc: false, includeAnnexes: false, includeFooter: false, logo });
    expect(blocks(doc).some((b) => b.type === "toc")).toBe(false);
    expect(blocks(doc).some((b) => b.type === "heading" && b.id.startsWith("annexe"))).toBe(false);
    expect(doc.footer).toBeUndefined();
    expect(doc.body[0]?.type === "identities" && doc.body[0].parties[0]?.logo).toEqual(logo);
    const full = contractToDocument(creuseContract());
    expect(blocks(full).filter((b) => b.type === "toc")).toEqual([{ type: "toc", title: "Sommaire", maxLevel: 1 }]);
    expect(full.footer?.left).toEqual([
      { type: "text", text: "Contrat local des solidarités n" },
      { type: "text", text: "o", superscript: true },
      { type: "text", text: "\u00A0CLS-23-2024-001" },
    ]);
  });

  it("applies French typography: no straight apostrophe, no plain space before « : ; ? ! » or inside guillemets", () => {
    const plain = documentPlainText(contractToDocument(bordeauxContract())).join("\n");
    expect(plain).not.toMatch(/'/);
    expect(plain).not.toMatch(/ [:;?!]|« | »/);
  });

  it("lists the CALPAE actions by part and states that the collectivity gives at least as much as the State", () => {
    const plain = text(contractToDocument(calpaeContract()));
    expect(plain).toContain("Convention d’appui à la lutte contre la pauvreté et d’accès à l’emploi");
    expect(plain).toContain("Socle d’engagements communs\nS1 – Sorties de l’aide sociale à l’enfance (fiche action S1)");
    expect(plain).toContain("Initiatives locales\nI1 – Maraudes sociales en milieu rural (fiche action I1)");
    expect(plain).toContain("est au moins égale à celle de l’État");
    expect(plain).toContain("775 213,70 €");
    expect(plain).toContain("au plus tard le 31 mars de chaque année");
  });
});

describe("the composed financial table (property)", () => {
  const euros = (s: string): number => {
    const m = /^(\d{1,3}(?:[ \u202F]\d{3})*),(\d{2})[ \u00A0]€$/u.exec(s);
    if (m === null) throw new Error(`not an amount: ${s}`);
    return Number(m[1]!.replace(/[ \u202F]/gu, "")) * 100 + Number(m[2]);
  };
  const cellText = (t: Table, row: number, col: number): string => {
    const c = t.totals[row]?.[col];
    return (c?.content ?? []).map((i) => (i.type === "text" ? i.text : "")).join("");
  };

  it("has totals per party and year equal to the sums of the actions, for generated valid contracts", () => {
    const amount = fc.integer({ min: 0, max: 20_000_000 });
    const year = fc.record({ state: amount, other: fc.option(fc.integer({ min: 1, max: 5_000_000 }), { nil: undefined }) });
    const actionFunding = fc.tuple(year, year, year, year);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(1, 3, 4), actionFunding), { minLength: 0, maxLength: 9 }), (extra) => {
        const input = creuseInput();
        delete input.stateAnnualCeiling;
        input.actions = input.actions.filter((a) => ["A1.1", "A3.1", "A4.1"].includes(a.id));
        extra.forEach(([axis, funding], i) => {
          input.actions.push({
            id: `G${i}`,
            axis,
            title: `Action générée ${i}`,
            nature: "new",
            indicators: [{ label: "Personnes", unit: "personnes" }],
            funding: Object.fromEntries(
              funding.map((y, k) => [String(2024 + k), { state: y.state, collectivite: y.state, ...(y.other === undefined ? {} : { others: [{ name: "CAF", amount: y.other }] }) }]),
            ),
          });
        });
        const contract = parseContract(input);
        const doc = contractToDocument(contract);
        const t = blocks(doc).find((b): b is Table => b.type === "table" && b.id === "tableau-financier");
        expect(t).toBeDefined();
        if (t === undefined) return;
        const sums = (key: "state" | "collectivite" | "others") =>
          [2024, 2025, 2026, 2027].map((y) =>
            contract.actions.reduce((s, a) => {
              const f = a.funding[String(y)];
              if (f === undefined) return s;
              return s + (key === "others" ? (f.others ?? []).reduce((o, x) => o + x.amount, 0) : f[key]);
            }, 0),
          );
        const expected: [string, number[]][] = [
          ["Total État", sums("state")],
          ["Total Département", sums("collectivite")],
        ];
        const others = sums("others");
        if (others.some((o) => o > 0)) expected.push(["Total autres partenaires", others]);
        expected.push(["Total général", [0, 1, 2, 3].map((k) => expected.slice(0, expected.length).reduce((s, [, v]) => s + (v[k] ?? 0), 0))]);
        expect(t.totals.map((_, r) => cellText(t, r, 0))).toEqual(expected.map(([label]) => label));
        expected.forEach(([, values], r) => {
          const shown = [1, 2, 3, 4].map((c) => euros(cellText(t, r, c)));
          expect(shown).toEqual(values);
          expect(euros(cellText(t, r, 5))).toBe(values.reduce((s, v) => s + v, 0));
        });
      }),
      { numRuns: 25 },
    );
  });
});

describe("bordeauxInput (sanity)", () => {
  it("is a valid métropole contract over the four axes", () => {
    expect(parseContract(bordeauxInput()).actions.map((a) => a.axis)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });
});
