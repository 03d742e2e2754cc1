#!/usr/bin/python3
"""Builds the fonts shipped in @pacte/pdf: two subsets of Liberation Sans 2 (SIL OFL 1.1),
renamed because the licence reserves the names "Liberation" and "Arimo" for unmodified
versions (OFL clause 3; a subset is a Modified Version).

- Pacte Sans: what a French document needs, always loaded by the default entry point.
- Pacte Sans Extended: the rest of Liberation Sans that we set (Vietnamese and the other Latin
  Extended Additional letters, IPA, Greek and polytonic Greek, Cyrillic, more symbols), loaded
  only when the text needs it. Hebrew, which Liberation Sans also has, is left out: the
  documents refuse right-to-left scripts (no bidirectional layout).

Run from packages/pdf: /usr/bin/python3 scripts/subset-fonts.py [source-dir]
(Debian: apt-get install fonts-liberation2 fonttools). Then: npx tsx scripts/font-modules.ts
"""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/liberation2"
OUT = os.path.join(os.path.dirname(__file__), "..", "assets", "fonts")

# Basic Latin, Latin-1, Latin Extended-A/B, the spacing accents (ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝), combining diacritics,
# general punctuation (spaces U+2009/U+202F, ’ … – — ‰), superscripts and subscripts, currency
# (€), letterlike symbols (№ ™), number forms (⅓), arrows (→ ⇔), mathematical operators
# (∞ ≤ ≥ ≈ ≠ − √ ∑), technical symbols, geometric shapes (bullets ▪ ◦).
BASE = (
    "U+0020-007E,U+00A0-00FF,U+0100-017F,U+0180-024F,U+02C6-02DD,U+0300-036F,"
    "U+2000-206F,U+2070-209F,U+20A0-20CF,U+2100-214F,U+2150-218F,U+2190-21FF,"
    "U+2200-22FF,U+2300-23FF,U+25A0-25FF"
)

# IPA and the other spacing modifier letters, Greek and Coptic, Cyrillic and its supplement, Latin Extended Additional (Vietnamese:
# ễ ộ ị…), Greek Extended (polytonic: Ἀ ῥ), box drawing and blocks, miscellaneous symbols,
# Latin Extended-C and -D, the double oblique hyphen.
EXTENDED = (
    "U+0250-02C5,U+02DE-02FF,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+1F00-1FFF,U+2500-259F,U+2600-26FF,"
    "U+2C60-2C7F,U+2E17,U+A720-A7FF"
)

FAMILIES = {
    "PacteSans": ("Pacte Sans", BASE, "a subset of Liberation Sans 2 for French text"),
    "PacteSansExtended": ("Pacte Sans Extended", EXTENDED, "a subset of Liberation Sans 2 for Greek, Cyrillic and Latin Extended Additional"),
}

STYLES = {"Regular": "Regular", "Bold": "Bold", "Italic": "Italic", "BoldItalic": "Bold Italic"}


def build(file_family: str, style: str) -> None:
    family, unicodes, what = FAMILIES[file_family]
    sub_family = STYLES[style]
    full_name = family if style == "Regular" else f"{family} {sub_family}"
    ps_name = file_family if style == "Regular" else f"{file_family}-{style}"
    options = subset.Options()
    # Kerning only: the engine draws one glyph per character (no mark positioning, no
    # composition), so the other GPOS and GSUB features would be dead weight (~10 kB a face).
    options.layout_features = ["kern"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.notdef_outline = True
    options.recalc_timestamp = False
    font = TTFont(os.path.join(SOURCE, f"LiberationSans-{style}.ttf"))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(unicodes))
    subsetter.subset(font)
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (7, 16, 17, 21, 22):  # trademark and typographic names of the original
            name.removeNames(nameID=record.nameID)
    description = (
        f"{family} is {what} (itself based on Arimo by Steve Matteson), renamed as the SIL Open "
        "Font License requires for a Modified Version. Metric-compatible with Arial."
    )
    for platform, encoding, language in ((3, 1, 0x409),):
        name.setName(family, 1, platform, encoding, language)
        name.setName(sub_family, 2, platform, encoding, language)
        name.setName(f"{full_name}; derived from Liberation Sans 2", 3, platform, encoding, language)
        name.setName(full_name, 4, platform, encoding, language)
        name.setName(ps_name, 6, platform, encoding, language)
        name.setName(description, 10, platform, encoding, language)
    font.save(os.path.join(OUT, f"{file_family}-{style}.ttf"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for file_family in FAMILIES:
        for style in STYLES:
            build(file_family, style)
