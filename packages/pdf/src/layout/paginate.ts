import type { FlowBox } from "./flow-box";

/**
 * A box placed on a page, `top` points below the top of the page's text area.
 *
 * @example
 * paginate(boxes, 700).pages[0]?.[0] //=> { box, top: 0 }
 */
export interface Placement {
  readonly box: FlowBox;
  readonly top: number;
}

/**
 * The boxes of every page, and the page index where each anchored heading landed.
 *
 * @example
 * paginate(boxes, 700).anchors.get("art-1") //=> 0
 */
export interface Pagination {
  readonly pages: readonly (readonly Placement[])[];
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
 * @example
 * paginate([box(300), box(300), box(300)], 700).pages.length //=> 2
 */
export function paginate(boxes: readonly FlowBox[], height: number): Pagination {
  const pages: Placement[][] = [[]];
  const anchors = new Map<string, number>();
  let page: Placement[] = pages[0] ?? [];
  let y = 0;
  let lastAfter = 0;
  let empty = true;

  const gapFor = (box: FlowBox): number => (page.length === 0 ? 0 : Math.max(lastAfter, box.spaceBefore));
  const fits = (h: number): boolean => y + h <= height + EPS;
  const put = (box: FlowBox, repeated = false): void => {
    const top = y + gapFor(box);
    page.push({ box, top });
    y = top + box.height;
    lastAfter = box.spaceAfter;
    if (!repeated) empty = false;
    if (box.anchor !== undefined && !anchors.has(box.anchor)) anchors.set(box.anchor, pages.length - 1);
  };
  const repeatHeight = (box: FlowBox | null): number => {
    if (!box?.repeat || box.repeat.length === 0) return 0;
    const h = box.repeat.reduce((s, r) => s + r.height, 0);
    return h <= height / 3 ? h : 0;
  };
  const newPage = (next: FlowBox | null): void => {
    page = [];
    pages.push(page);
    y = 0;
    lastAfter = 0;
    empty = true;
    if (next && repeatHeight(next) > 0) for (const r of next.repeat ?? []) put(r, true);
  };

  const placeOne = (box: FlowBox): void => {
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
