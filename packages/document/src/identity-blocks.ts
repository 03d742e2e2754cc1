import type { IssuePath } from "@pacte/issues";
import type { Identities } from "./block";
import type { Theme, ThemeLogo } from "./theme";

/**
 * The largest a party's logo is drawn at the top of a title page, in points (its aspect ratio
 * kept): both renderers size it with `imageBoxPt` within these bounds.
 *
 * @example
 * IDENTITY_LOGO_MAX //=> { width: 120, height: 70 }
 */
export const IDENTITY_LOGO_MAX: { readonly width: number; readonly height: number } = Object.freeze({ width: 120, height: 70 });

/**
 * Space between a party's logo and its lines, in points.
 *
 * @example
 * IDENTITY_LOGO_GAP //=> 6
 */
export const IDENTITY_LOGO_GAP = 6;

/**
 * One line of a party's identity: its text, whether it is the party's name (the first line, set
 * bold at the body size; the others at the small size), and where it comes from.
 *
 * @example
 * const line: IdentityLine = { text: "PRÉFÈTE DE LA CREUSE", strong: true, path: ["body", 0, "parties", 0, "lines", 0] };
 */
export interface IdentityLine {
  readonly text: string;
  readonly strong: boolean;
  readonly path: IssuePath;
}

/**
 * A party's identity as both renderers draw it: its column's alignment (the first party on the
 * left, the second on the right), its logo from the theme if the theme has one under the
 * party's key, then its lines.
 *
 * @example
 * const party: PreparedIdentity = { align: "left", logo: undefined, lines: [{ text: "PRÉFÈTE DE LA CREUSE", strong: true, path: [] }] };
 */
export interface PreparedIdentity {
  readonly align: "left" | "right";
  readonly logo: { readonly image: ThemeLogo; readonly path: IssuePath } | undefined;
  readonly lines: readonly IdentityLine[];
}

/**
 * An `identities` block prepared: its parties in order, each with its column's alignment, its
 * logo (the image given, or `theme.logos[party.logo]` for a key — absent when the theme has none:
 * none is shipped) and its lines.
 *
 * @example
 * prepareIdentities({ type: "identities", parties: [{ lines: ["PRÉFÈTE DE LA CREUSE"], logo: "etat" }, { lines: ["Département de la Creuse"] }] }, ["body", 0], defaultTheme)
 *   .map((p) => [p.align, p.logo !== undefined, p.lines[0]?.text])
 * //=> [["left", false, "PRÉFÈTE DE LA CREUSE"], ["right", false, "Département de la Creuse"]]
 */
export function prepareIdentities(block: Identities, path: IssuePath, theme: Theme): PreparedIdentity[] {
  return block.parties.map((party, i) => {
    const at = [...path, "parties", i];
    const key = typeof party.logo === "string" ? party.logo : undefined;
    const image = key !== undefined ? theme.logos?.[key] : party.logo;
    const logoPath: IssuePath = key !== undefined ? ["theme", "logos", key] : [...at, "logo"];
    return {
      align: i === 0 ? "left" : "right",
      logo: image === undefined || typeof image === "string" ? undefined : { image, path: logoPath },
      lines: party.lines.map((text, k) => ({ text, strong: k === 0, path: [...at, "lines", k] })),
    };
  });
}
