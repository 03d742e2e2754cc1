import type { Collectivite, Departement, Metropole } from "@pacte/model";
import { feminineTitle } from "@pacte/model";

type Gender = "f" | "m";

/** "La présidente…" / "Le président…": the quality with its article, first letter capitalised. */
export function withArticle(quality: string, gender: Gender): string {
  const article = gender === "f" ? "La" : "Le";
  return `${article} ${quality}`;
}

/** A title the user wrote, without a leading article ("La préfète de…" → "préfète de…"). */
export function stripArticle(title: string): string {
  return title.replace(/^(?:le|la|l['’])\s*/iu, "");
}

/** "préfète de la Creuse" / "préfet de la Creuse". */
export function prefetQuality(departement: Departement, gender: Gender): string {
  return `${gender === "f" ? "préfète" : "préfet"} ${departement.withDe}`;
}

/** "préfète de la région Nouvelle-Aquitaine" / "préfet de région". */
export function prefetDeRegionQuality(region: string | undefined, gender: Gender): string {
  const base = gender === "f" ? "préfète" : "préfet";
  return region === undefined ? `${base} de région` : `${base} de la région ${region}`;
}

/**
 * "de la Métropole de Lyon", "de l'Eurométropole de Strasbourg" (common nouns take the article),
 * "de Bordeaux Métropole", "d'Orléans Métropole" (a city's name does not).
 */
export function deForm(name: string): string {
  if (/^(?:Métropole|Collectivité|Ville)(?=\s|$)/u.test(name)) return `de la ${name}`;
  if (/^Eurométropole(?=\s|$)/u.test(name)) return `de l'${name}`;
  if (/^[AEÉÈIÎOÔU]/u.test(name)) return `d'${name}`;
  return `de ${name}`;
}

/**
 * The executive's quality mid-sentence: the reference data's title in the right gender, with the
 * département's name after a departmental council ("présidente du conseil départemental de la
 * Creuse").
 */
export function collectiviteExecutiveQuality(c: Collectivite, departement: Departement | undefined, gender: Gender): string {
  const base = gender === "f" ? c.executiveTitle.feminine || feminineTitle(c.executiveTitle.masculine) : c.executiveTitle.masculine;
  if (c.kind === "departement" && /conseil départemental$/u.test(base) && departement !== undefined) {
    return `${base} ${departement.withDe}`;
  }
  return base;
}

/** "président de Bordeaux Métropole", "présidente de la Métropole européenne de Lille". */
export function metropoleExecutiveQuality(m: Metropole, gender: Gender): string {
  return `${gender === "f" ? "présidente" : "président"} ${deForm(m.name)}`;
}
