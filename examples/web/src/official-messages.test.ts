import { describe, expect, it } from "vitest";
import { pacteChoices } from "./choices";
import { genericField, officialMessage, type MessageContext } from "./official-messages";

const choices = pacteChoices();
const ctx = (field?: string): MessageContext => ({ profile: choices.profiles["cls-departement-2024"], axes: choices.axes, field });
const issue = (code: string, path: (string | number)[], params: Record<string, unknown>, message = "(message de la bibliothèque)") => ({ code, path, params, message, severity: "error" as const });

describe("officialMessage", () => {
  it("asks for an empty field by its name", () => {
    expect(officialMessage(issue("schema.too_small", ["signature", "place"], { origin: "string", minimum: 1 }), ctx("signature.place"))).toBe("Indiquez le lieu de signature.");
    expect(officialMessage(issue("date.format", ["collectivite", "deliberation", "date"], { received: "" }), ctx("deliberation.date"))).toBe("Indiquez la date de la délibération.");
    expect(officialMessage(issue("schema.invalid_value", ["actions", 0, "nature"], { values: ["new", "reinforced"] }), ctx("actions[0].nature"))).toBe("Indiquez si l’action est nouvelle ou renforcée.");
  });

  it("says what to do in the form where the library speaks of an option", () => {
    const text = officialMessage(issue("contract.axis_not_allowed", ["actions", 1, "axis"], { received: 2, option: "singleConvention", allowed: [1, 3, 4], profile: "cls-departement-2024" }), ctx("actions[1].axis"));
    expect(text).toBe(
      "L’axe 2 (Amplifier la politique d'accès à l'emploi pour tous) n’entre dans le contrat d’un département que si l’État et le département choisissent une convention unique, sans convention séparée avec France Travail : cochez « Convention unique » dans la partie « La collectivité », ou choisissez l’axe 1, 3 ou 4 pour l’action 2.",
    );
  });

  it("writes dates the French way", () => {
    expect(officialMessage(issue("contract.deliberation_after_signature", [], { deliberation: "2024-08-01", signature: "2024-07-05" }), ctx())).toBe(
      "La délibération du 1er août 2024 est postérieure à la signature du 5 juillet 2024 : l’exécutif doit être habilité avant de signer ; vérifiez les deux dates.",
    );
  });

  it("keeps the library's message where it already speaks to a person", () => {
    const siret = issue("siret.checksum", ["collectivite", "siret"], { received: "22230962700017" }, "SIRET invalide : la clé de contrôle (Luhn) de « 22230962700017 » ne correspond pas ; vérifiez les 14 chiffres.");
    expect(officialMessage(siret, ctx("siret"))).toBe(siret.message);
  });
});

describe("genericField", () => {
  it("puts [*] for every index and year", () => {
    expect(genericField("actions[2].indicators[0].targets[2025]")).toBe("actions[*].indicators[*].targets[*]");
  });
});
