#!/usr/bin/python3
"""Builds the fonts shipped in @pacte/pdf: Latin subsets of Liberation Sans 2 (SIL OFL 1.1),
renamed "Pacte Sans" because the licence reserves the names "Liberation" and "Arimo" for
unmodified versions (OFL clause 3; a subset is a Modified Version).

Run from packages/pdf: /usr/bin/python3 scripts/subset-fonts.py [source-dir]
(Debian: apt-get install fonts-liberation2 fonttools). Then: npx tsx scripts/font-modules.ts
"""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/liberation2"
OUT = os.path.join(os.path.dirname(__file__), "..", "assets", "fonts")

# Basic Latin, Latin-1, Latin Extended-A/B, spacing modifiers (accents), combining diacritics,
# general punctuation (spaces U+2009/U+202F, ’ … – — ‰), currency (€), № ™, arrows, − ≠ ≤ ≥,
# squares and circles (bullets).
UNICODES = (
    "U+0020-007E,U+00A0-00FF,U+0100-017F,U+0180-024F,U+02C6-02DD,U+0300-036F,"
    "U+2000-206F,U+20A0-20CF,U+2116,U+2122,U+2190-2193,U+2212,U+2260,U+2264,U+2265,"
    "U+25A0-25CF,U+25E6"
)

STYLES = {
    "Regular": ("Regular", "Pacte Sans", "PacteSans"),
    "Bold": ("Bold", "Pacte Sans Bold", "PacteSans-Bold"),
    "Italic": ("Italic", "Pacte Sans Italic", "PacteSans-Italic"),
    "BoldItalic": ("Bold Italic", "Pacte Sans Bold Italic", "PacteSans-BoldItalic"),
}

DESCRIPTION = (
    "Pacte Sans is a Latin subset of Liberation Sans 2 (itself based on Arimo by Steve Matteson), "
    "renamed as the SIL Open Font License requires for a Modified Version. Metric-compatible with Arial."
)


def build(style: str) -> None:
    sub_family, full_name, ps_name = STYLES[style]
    options = subset.Options()
    options.layout_features = ["kern", "mark", "mkmk", "ccmp"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.notdef_outline = True
    options.recalc_timestamp = False
    font = TTFont(os.path.join(SOURCE, f"LiberationSans-{style}.ttf"))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (7, 16, 17, 21, 22):  # trademark and typographic names of the original
            name.removeNames(nameID=record.nameID)
    for platform, encoding, language in ((3, 1, 0x409),):
        name.setName("Pacte Sans", 1, platform, encoding, language)
        name.setName(sub_family, 2, platform, encoding, language)
        name.setName(f"Pacte Sans {sub_family}; derived from Liberation Sans 2", 3, platform, encoding, language)
        name.setName(full_name, 4, platform, encoding, language)
        name.setName(ps_name, 6, platform, encoding, language)
        name.setName(DESCRIPTION, 10, platform, encoding, language)
    font.save(os.path.join(OUT, f"PacteSans-{style}.ttf"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for style in STYLES:
        build(style)
