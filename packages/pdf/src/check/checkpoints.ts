/**
 * What the structure checker checks, by checkpoint: the Matterhorn Protocol 1.1 failure
 * condition (its index) or, where Matterhorn has no machine-checkable index, the clause of ISO
 * 14289-1 (PDF/UA-1) or ISO 32000-1 it comes from — and what it means for a file.
 *
 * @example
 * CHECKPOINTS["01-005"].condition //=> "Content is neither marked as Artifact nor tagged as real content."
 */
export const CHECKPOINTS = Object.freeze({
  tagged: { source: "ISO 14289-1 §7.1; ISO 32000-1 §14.8.1", condition: "The file is not a tagged PDF: no /MarkInfo << /Marked true >>, no structure tree, or an empty one." },
  "parent-tree": {
    source: "ISO 32000-1 §14.7.4.4",
    condition: "Marked content and the structure tree disagree: an MCID in no element or in two, an element pointing at content that is not there, a /ParentTree or /StructParent that leads elsewhere.",
  },
  "01-003": { source: "Matterhorn 01-003", condition: "Content marked as Artifact is present inside tagged content." },
  "01-004": { source: "Matterhorn 01-004", condition: "Tagged content is present inside content marked as Artifact." },
  "01-005": { source: "Matterhorn 01-005", condition: "Content is neither marked as Artifact nor tagged as real content." },
  "01-007": { source: "Matterhorn 01-007", condition: "The Suspects entry of /MarkInfo is true." },
  "02-001": { source: "Matterhorn 02-001", condition: "A structure type is neither standard nor role-mapped to a standard type." },
  "06-001": { source: "Matterhorn 06-001", condition: "The document has no XMP metadata stream." },
  "06-002": { source: "Matterhorn 06-002", condition: "The XMP metadata has no PDF/UA identifier (pdfuaid:part 1)." },
  "06-003": { source: "Matterhorn 06-003", condition: "The XMP metadata has no dc:title (the document's title)." },
  "07-001": { source: "Matterhorn 07-001", condition: "/ViewerPreferences has no /DisplayDocTitle true: viewers show the file name instead of the title." },
  "09-004": { source: "Matterhorn 09-004", condition: "A table element (TR, TH, TD, THead, TBody, TFoot) is not where tables put it." },
  "09-005": { source: "Matterhorn 09-005", condition: "A list element (LI, Lbl, LBody) is not where lists put it." },
  "09-006": { source: "Matterhorn 09-006", condition: "A TOCI is not inside a TOC." },
  "10-001": { source: "Matterhorn 10-001", condition: "A character code cannot be mapped to Unicode (no /ToUnicode entry, U+0000, U+FEFF or U+FFFE, or the .notdef glyph)." },
  "11-006": { source: "Matterhorn 11-006", condition: "The natural language of the document cannot be determined: no valid /Lang in the catalog." },
  "13-004": { source: "Matterhorn 13-004", condition: "A Figure (or Formula) has no alternative text." },
  "14-002": { source: "Matterhorn 14-002", condition: "The document uses numbered headings but the first one is not H1." },
  "14-003": { source: "Matterhorn 14-003", condition: "Numbered heading levels are skipped (an H3 straight after an H1)." },
  "15-003": { source: "Matterhorn 15-003", condition: "A TH has no /Scope attribute (and the table is not organised with Headers and IDs)." },
  "table-headers": { source: "ISO 14289-1 §7.5; RGAA 4.1 criterion 5.6", condition: "A table has data cells (TD) but no header cell (TH): nothing tells what its cells hold." },
  "28-002": { source: "Matterhorn 28-002", condition: "An annotation other than a link or a widget is not nested in a structure element." },
  "28-005": { source: "Matterhorn 28-005", condition: "A form field has no /TU and no alternative description." },
  "28-008": { source: "Matterhorn 28-008", condition: "A page with annotations has no /Tabs entry." },
  "28-009": { source: "Matterhorn 28-009", condition: "A page with annotations has /Tabs other than /S (the structure's order)." },
  "28-010": { source: "Matterhorn 28-010", condition: "A widget annotation (a form field) is not nested in a Form element." },
  "28-011": { source: "Matterhorn 28-011", condition: "A link annotation is not nested in a Link element." },
  "28-012": { source: "Matterhorn 28-012", condition: "A link annotation has no alternate description in its /Contents." },
  "fonts-embedded": { source: "ISO 14289-1 §7.21.4.1 (Matterhorn checkpoint 31)", condition: "A font program used for rendering is not embedded." },
} as const satisfies Record<string, { readonly source: string; readonly condition: string }>);

/**
 * One of the checkpoints of {@link CHECKPOINTS}.
 *
 * @example
 * const id: CheckpointId = "13-004";
 */
export type CheckpointId = keyof typeof CHECKPOINTS;
