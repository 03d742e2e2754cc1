/**
 * How a box holds to the one after it: not at all, so that no page break falls between them
 * (headings: at least the next box's smallest head comes along), or so that the next box comes
 * along whole (members of a `keepTogether` group, table rows kept together, rows of signatures).
 *
 * @example
 * const keep: Keep = "withNext"; // a heading
 */
export type Keep = "none" | "withNext" | "together";

/**
 * A vertical piece of the page flow as pagination sees it — a paragraph, a heading, a table row,
 * a signature row… — whatever draws it: its height, the space around it (the larger of a box's
 * `spaceAfter` and the next one's `spaceBefore` separates them; none at the top of a page), how
 * it holds to the next box, page breaks, the smallest part that may end a page (`minHead`:
 * orphan control), the boxes repeated at the top of a page it continues on (a table's header
 * rows), the heading it starts (`anchor`), and how it may be cut (`split`: with `empty` false it
 * may refuse, the box then moves to the next page; with `empty` true it must cut if it can at
 * all). The PDF's boxes and the DOCX's page plan are both paginated by {@link paginate}, so both
 * formats break pages by the same rules.
 *
 * @example
 * const box: PageBox<MyBox> = { height: 13.1, spaceBefore: 0, spaceAfter: 6, keep: "none", pageBreakBefore: false, pageBreakAfter: false, minHead: 13.1, repeat: null, split: () => null };
 */
export interface PageBox<B extends PageBox<B>> {
  readonly height: number;
  readonly spaceBefore: number;
  readonly spaceAfter: number;
  readonly keep: Keep;
  /** Starts a new page unless the current one is empty. */
  readonly pageBreakBefore: boolean;
  /** Always starts a new page after it (an explicit page break). */
  readonly pageBreakAfter: boolean;
  /** The smallest part that may end a page (orphan control: two lines of a paragraph). */
  readonly minHead: number;
  /** Boxes repeated at the top of a page on which this box continues (a table's header rows). */
  readonly repeat: readonly B[] | null;
  /** The id of the heading this box starts (for the table of contents and the outline). */
  readonly anchor?: string;
  /** Cuts the box so that its head fits in `avail` points (see above), or null. */
  split(avail: number, empty: boolean): readonly [B, B] | null;
}

/**
 * A box placed on a page, `top` points below the top of the page's text area; `repeated` when
 * it is a table header row repeated at the top of a page.
 *
 * @example
 * paginate(boxes, 700).pages[0]?.[0] //=> { box, top: 0, repeated: false }
 */
export interface Placement<B> {
  readonly box: B;
  readonly top: number;
  readonly repeated: boolean;
}

/**
 * The boxes of every page, and the page index where each anchored heading landed.
 *
 * @example
 * paginate(boxes, 700).anchors.get("art-1") //=> 0
 */
export interface Pagination<B> {
  readonly pages: readonly (readonly Placement<B>[])[];
  readonly anchors: ReadonlyMap<string, number>;
}

const EPS = 1e-6;

/**
 * Stacks boxes into pages of `height` points: collapses spacing (none at the top of a page),
 * honours page breaks, keeps chains of boxes together when they fit on one page (a heading with
 * the first lines of what follows; `keepTogether` groups whole), splits what does not fit
 * where its `split` allows (orphans and widows, table rows taller than a page), and repeats
 * table header rows at the top of the pages where a table continues.
 *
 * Both renderers paginate with it: the PDF its flow boxes, the DOCX its page plan.
 *
 * @example
 * paginate([box(300), box(300), box(300)], 700).pages.length //=> 2
 */
export function paginate<B extends PageBox<B>>(boxes: readonly B[], height: number): Pagination<B> {
  const pages: Placement<B>[][] = [[]];
  const anchors = new Map<string, number>();
  let page: Placement<B>[] = pages[0] ?? [];
  let y = 0;
  let lastAfter = 0;
  let empty = true;

  const gapFor = (box: B): number => (page.length === 0 ? 0 : Math.max(lastAfter, box.spaceBefore));
  const fits = (h: number): boolean => y + h <= height + EPS;
  const put = (box: B, repeated = false): void => {
    const top = y + gapFor(box);
    page.push({ box, top, repeated });
    y = top + box.height;
    lastAfter = box.spaceAfter;
    if (!repeated) empty = false;
    if (box.anchor !== undefined && !anchors.has(box.anchor)) anchors.set(box.anchor, pages.length - 1);
  };
  const repeatHeight = (box: B | null): number => {
    if (!box?.repeat || box.repeat.length === 0) return 0;
    const h = box.repeat.reduce((s, r) => s + r.height, 0);
    return h <= height / 3 ? h : 0;
  };
  const newPage = (next: B | null): void => {
    page = [];
    pages.push(page);
    y = 0;
    lastAfter = 0;
    empty = true;
    if (next && repeatHeight(next) > 0) for (const r of next.repeat ?? []) put(r, true);
  };

  const placeOne = (box: B): void => {
    let current = box;
    for (let guard = 0; guard < 1_000_000; guard++) {
      const gap = gapFor(current);
      if (fits(gap + current.height)) {
        put(current);
        return;
      }
      const avail = height - y - gap;
      const parts = avail > 0 ? current.split(avail, empty) : null;
      if (parts) {
        put(parts[0]);
        newPage(current);
        current = parts[1];
        continue;
      }
      if (!empty) {
        newPage(current);
        continue;
      }
      put(current); // cannot be cut and taller than an empty page: placed as is
      return;
    }
  };

  for (let i = 0; i < boxes.length; ) {
    const box = boxes[i];
    if (!box) break;
    if (box.pageBreakBefore && !empty) newPage(box);
    let j = i;
    let need = box.height;
    if (box.keep !== "none") {
      let total = box.height;
      for (let k = i; k + 1 < boxes.length; k++) {
        const cur = boxes[k];
        const next = boxes[k + 1];
        if (!cur || !next || cur.keep === "none" || cur.pageBreakAfter || next.pageBreakBefore) break;
        const gap = Math.max(cur.spaceAfter, next.spaceBefore);
        need = total + gap + (cur.keep === "together" ? next.height : next.minHead);
        total += gap + next.height;
        j = k + 1;
        if (need > height) break;
      }
    }
    if (j > i) {
      if (!fits(gapFor(box) + need) && !empty && need <= height - repeatHeight(box)) newPage(box);
      if (fits(gapFor(box) + need)) {
        for (let k = i; k < j; k++) {
          const b = boxes[k];
          if (b) put(b);
        }
        i = j;
        continue;
      }
    }
    placeOne(box);
    if (box.pageBreakAfter && i < boxes.length - 1) newPage(null);
    i++;
  }
  return { pages, anchors };
}
