import { readableText } from "../../../src/test-support/readable-text";
// A family of contracts defined outside the package (one folder plus one registry line) is
// validated, composed and amended like a shipped one, in its own words.
import {
  amendmentToDocument,
  contractToDocument,
  createAmendment,
  getProfile,
  initContractInput,
  validateContract,
  type ContractInput,
} from "@pacte/contract";
import { getCollectivite } from "@pacte/model";
import { describe, expect, it } from "vitest";
import { TEAM_PROFILES } from "../registry";
import { CTI_2028 } from "./cti-2028";

const haute = getCollectivite("87D")!;
const fold = (lines: readonly string[]): string => lines.join("\n").replace(/[  ]/g, " ").replace(/’/g, "'");
const template = () => initContractInput(CTI_2028, { kind: "collectivite", record: haute }, { place: "Limoges" });
/** The template with what only the parties know filled in (no placeholder left: it can be rendered to sign). */
const input = (): ContractInput => ({
  ...template(),
  actions: template().actions.map((a) => ({ ...a, territory: "Ensemble du département" })),
  state: { departement: "87", prefet: { name: "Claire Moreau", gender: "f" } },
  collectivite: {
    ref: "87D",
    executive: { name: "Jean Dupuis", gender: "m" },
    deliberation: { number: "CP-2027-12-04", date: "2027-12-02", body: "commission permanente" },
  },
});

describe("a family of contracts defined outside the package", () => {
  it("is found through the team's registry, not among the shipped profiles", () => {
    expect(getProfile("cti-2028")).toBeUndefined();
    expect(getProfile("cti-2028", { profiles: TEAM_PROFILES })).toBe(CTI_2028);
  });

  it("validates its own template, and a contract the team completes", () => {
    const template = initContractInput(CTI_2028, { kind: "collectivite", record: haute });
    expect(template.reference).toBe("CTI-87D-2028-001");
    expect(template.actions.map((a) => a.id)).toEqual(["A2.1", "A1.1"]);
    const r = validateContract(input(), { profiles: TEAM_PROFILES });
    expect(r.success ? r.warnings : r.issues).toEqual([]);
    expect(r.success && r.data.title).toBe("Convention territoriale d'insertion");
  });

  it("applies its rules as data: the collectivity gives at least as much as the State", () => {
    const low = input();
    for (const a of low.actions) for (const f of Object.values(a.funding)) f.collectivite = 1_000_000;
    const r = validateContract(low, { profiles: TEAM_PROFILES });
    expect(r.success ? [] : r.issues.map((i) => i.code)).toEqual(["contract.collectivite_below_state", "contract.collectivite_below_state", "contract.collectivite_below_state"]);
  });

  it("composes a document in its own words: names, préambule, visas, articles and annexes", () => {
    const r = validateContract(input(), { profiles: TEAM_PROFILES });
    if (!r.success) throw new Error("invalid");
    const doc = contractToDocument(r.data);
    const text = fold(readableText(doc));
    expect(text).toContain("Convention territoriale d'insertion");
    expect(text).toContain("accompagnement vers l'emploi de chaque allocataire");
    expect(text).toContain("Vu la délibération no CP-2027-12-04 de la commission permanente du conseil départemental de la Haute-Vienne du 2 décembre 2027 autorisant le président du conseil départemental de la Haute-Vienne à signer la présente convention ;");
    expect(text).toContain("Article 2 – Parcours d'insertion");
    expect(text).toContain("selon l'article 2.");
    expect(text).toContain("au plus tard le 30 avril");
    expect(text).not.toMatch(/contrat local des solidarités|Article 6/);
    const headings = doc.body.filter((b) => b.type === "heading" && b.level === 1).map((b) => (b.type === "heading" ? (b.label ?? b.text) : "").replace(/\u00A0/g, " "));
    expect(headings).toEqual(["Préambule", "Article 1", "Article 2", "Article 3", "Article 4", "Article 5", "Annexe 1", "Annexe 2"]);
  });

  it("lets a contract replace one of its articles by its own id, and refuses the ids of another family", () => {
    const own = { ...input(), articles: { bilan: "Un bilan est transmis chaque année." } };
    expect(validateContract(own, { profiles: TEAM_PROFILES }).success).toBe(true);
    const other = { ...input(), articles: { litiges: "Tribunal administratif de Limoges." } };
    const r = validateContract(other, { profiles: TEAM_PROFILES });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.params.available])).toEqual([
      ["contract.unknown_article", ["objet", "parcours", "financement", "bilan", "duree", "preambule"]],
    ]);
  });

  it("is amended in its own words", () => {
    const revised = input();
    const f = revised.actions[0]!.funding["2029"]!;
    f.collectivite = (f.collectivite as number) + 100_000;
    const a = createAmendment(input(), revised, { number: 1, date: "2029-03-01" }, { profiles: TEAM_PROFILES });
    if (!a.success) throw new Error(JSON.stringify(a.issues));
    const text = fold(readableText(amendmentToDocument(a.data)));
    expect(text).toContain("à la convention territoriale d'insertion no CTI-87D-2028-001");
    expect(text).toContain("Vu la convention territoriale d'insertion no CTI-87D-2028-001 signée le 17 décembre 2027");
    expect(text).toContain("Les stipulations de la convention territoriale d'insertion no CTI-87D-2028-001 qui ne sont pas modifiées");
  });
});
