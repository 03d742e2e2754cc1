// A contract's last page whose signatories are named as people write them (also rendered by hand
// to look at: see the README).
import { documentOf, h1, p, signatures, type Document } from "@pacte/document";

/** A Vietnamese, a polytonic Greek and a Cyrillic name. */
export const NAMES = ["Nguyễn Thị Lộc", "Ἀλέξανδρος", "Дмитрий"] as const;

/** The contract's last page: its signatories, one of them Vietnamese, and a formula. */
export function namesDocument(): Document {
  return documentOf({
    meta: { title: "Contrat local des solidarités", createdAt: "2024-03-12" },
    body: [
      h1("Signatures", { id: "signatures" }),
      p("Engagement sans limite de durée : ∞ ; taux ≤ 50 % ± 2 ‰ → révision."),
      p(`Représentants : ${NAMES[1]} et ${NAMES[2]}.`),
      signatures(
        { role: "Pour l’État", quality: "La préfète de la Creuse", name: NAMES[0], place: "Guéret", date: "2024-03-12", fieldId: "signature-etat" },
        { role: "Pour le Département", quality: "Le président", name: NAMES[2], place: "Guéret", date: "2024-03-12", fieldId: "signature-departement" },
      ),
    ],
  });
}

