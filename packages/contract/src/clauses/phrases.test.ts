import { describe, expect, it } from "vitest";
import { listSlots } from "./fill-slots";
import { ProfilePhrasesSchema } from "./phrases";
import { CLAUSE_SLOTS } from "./slot-names";

describe("ProfilePhrasesSchema", () => {
  const defaults = ProfilePhrasesSchema.parse({});

  it("fills every phrase with a default that uses only documented slots", () => {
    for (const [name, template] of Object.entries(defaults)) {
      for (const slot of listSlots(template)) expect(CLAUSE_SLOTS, `${name}: ${slot}`).toHaveProperty([slot]);
    }
  });

  it("states retroactive eligibility from the period's start, and the signature formula once with its originals", () => {
    expect(defaults.retroactivity).toContain("à compter du {period.start}, y compris avant la date de signature, sont éligibles");
    expect(defaults.signaturePaper).toBe("Fait à {signature.place}, le {signature.date}, en {signature.originals} exemplaires originaux.");
    expect(defaults.signatureElectronic).toContain("électroniquement");
  });

  it("lets a profile reword one phrase and keeps the others", () => {
    const own = ProfilePhrasesSchema.parse({ retroactivity: "Les actions sont éligibles depuis le {period.start}." });
    expect(own.retroactivity).toBe("Les actions sont éligibles depuis le {period.start}.");
    expect(own.signaturePaper).toBe(defaults.signaturePaper);
    expect(ProfilePhrasesSchema.safeParse({ retroactivity: " " }).success).toBe(false);
  });
});
