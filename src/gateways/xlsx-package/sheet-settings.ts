/**
 * The sheet-level elements a plan can change, each as "the element as the file has
 * it (or null) -> the element to write (or null for none)": tab colour and fit to
 * page (<sheetPr>), the frozen pane (<sheetViews>), column widths (<cols>), merged
 * areas, links to places in the workbook (<hyperlinks>), page setup and the
 * header and footer. Whatever else those elements hold is kept.
 */
import { a1, parseRangeA1, rangeA1 } from '../../engine/model/a1';
import type { RangeRef } from '../../engine/model/snapshot';
import type { SheetEdits } from './sheet-edits';
import { attr, escapeXml, withAttr } from './xml-text';

export type ElementEdit = (xml: string | null) => string | null;

function tagAndBody(xml: string): { tag: string; body: string; close: string; name: string } {
  const gt = xml.indexOf('>');
  const tag = xml.slice(0, gt + 1);
  const name = /^<([^\s/>]+)/.exec(tag)?.[1] ?? '';
  if (tag.endsWith('/>')) return { tag: `${tag.slice(0, -2)}>`, body: '', close: `</${name}>`, name };
  const closeAt = xml.lastIndexOf('</');
  return { tag, body: xml.slice(gt + 1, closeAt), close: xml.slice(closeAt), name };
}

/** Children of a body by local name: [name, xml][] in order (one level; nested content kept inside). */
function childList(body: string): [string, string][] {
  const out: [string, string][] = [];
  const re = /<((?:\w+:)?(\w+))\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g;
  for (const m of body.matchAll(re)) out.push([m[2], m[0]]);
  return out;
}

function sheetPr(edits: SheetEdits): ElementEdit {
  return (xml) => {
    const { tag, body, close } = tagAndBody(xml ?? '<sheetPr/>');
    const kids = childList(body);
    const set = (name: string, x: string, first: boolean) => {
      const i = kids.findIndex(([n]) => n === name);
      if (i !== -1) kids[i] = [name, x];
      else if (first) kids.unshift([name, x]);
      else kids.push([name, x]);
    };
    if (edits.tabColor) set('tabColor', `<tabColor rgb="FF${edits.tabColor.slice(1).toUpperCase()}"/>`, true);
    if (edits.pageSetup) {
      const old = kids.find(([n]) => n === 'pageSetUpPr')?.[1] ?? '<pageSetUpPr/>';
      set('pageSetUpPr', withAttr(old, 'fitToPage', edits.pageSetup.fitToWidth ? '1' : undefined), false);
    }
    return tag + kids.map(([, x]) => x).join('') + close;
  };
}

const PANES: Record<string, string> = { '11': 'bottomRight', '10': 'bottomLeft', '01': 'topRight' };

function sheetViews(rows: number, cols: number): ElementEdit {
  return (xml) => {
    const outer = tagAndBody(xml ?? '<sheetViews/>');
    const kids = childList(outer.body);
    const first = kids.findIndex(([n]) => n === 'sheetView');
    const view = tagAndBody(first === -1 ? '<sheetView workbookViewId="0"/>' : kids[first][1]);
    const kept = childList(view.body).filter(([n]) => n !== 'pane' && n !== 'selection');
    const key = `${rows > 0 ? 1 : 0}${cols > 0 ? 1 : 0}`;
    const active = PANES[key];
    const pane = active
      ? `<pane${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${a1(rows, cols)}" activePane="${active}" state="frozen"/><selection pane="${active}"/>`
      : '';
    const newView = view.tag + pane + kept.map(([, x]) => x).join('') + view.close;
    if (first === -1) kids.unshift(['sheetView', newView]);
    else kids[first] = ['sheetView', newView];
    return outer.tag + kids.map(([, x]) => x).join('') + outer.close;
  };
}

interface Col {
  min: number;
  max: number;
  tag: string;
}

function cols(widths: Map<number, number>): ElementEdit {
  return (xml) => {
    const outer = tagAndBody(xml ?? '<cols/>');
    let list: Col[] = childList(outer.body).map(([, x]) => ({
      min: Number(attr(x, 'min')),
      max: Number(attr(x, 'max')),
      tag: x,
    }));
    for (const [col0, width] of [...widths].sort((a, b) => a[0] - b[0])) {
      const c = col0 + 1;
      const hit = list.find((x) => x.min <= c && c <= x.max);
      const one = (from: Col | undefined) =>
        withAttr(
          withAttr(
            withAttr(withAttr(from?.tag ?? '<col/>', 'min', String(c)), 'max', String(c)),
            'width',
            String(width),
          ),
          'customWidth',
          '1',
        );
      if (!hit) {
        list.push({ min: c, max: c, tag: one(undefined) });
        continue;
      }
      const parts: Col[] = [];
      if (hit.min < c) parts.push({ min: hit.min, max: c - 1, tag: withAttr(hit.tag, 'max', String(c - 1)) });
      parts.push({ min: c, max: c, tag: one(hit) });
      if (c < hit.max) parts.push({ min: c + 1, max: hit.max, tag: withAttr(hit.tag, 'min', String(c + 1)) });
      list = list.flatMap((x) => (x === hit ? parts : [x]));
    }
    list.sort((a, b) => a.min - b.min);
    return outer.tag + list.map((x) => x.tag).join('') + outer.close;
  };
}

function mergeCells(edits: SheetEdits): ElementEdit {
  return () => {
    if (edits.merges.length === 0) return null;
    return `<mergeCells count="${edits.merges.length}">${edits.merges.map((m) => `<mergeCell ref="${rangeA1(m)}"/>`).join('')}</mergeCells>`;
  };
}

function hyperlinks(edits: SheetEdits): ElementEdit {
  return (xml) => {
    const outer = tagAndBody(xml ?? '<hyperlinks/>');
    const links = [...edits.links.values()];
    const refs = links.map((l) => a1(l.row, l.col));
    const written = new Set(refs);
    const kept = childList(outer.body).filter(([, x]) => {
      const ref = attr(x, 'ref') ?? '';
      return !written.has(ref);
    });
    const added = links.map(
      (l, i) =>
        `<hyperlink ref="${refs[i]}" location="${escapeXml(l.location)}" display="${escapeXml(l.display)}"/>`,
    );
    const all = [...kept.map(([, x]) => x), ...added];
    return all.length === 0 ? null : outer.tag + all.join('') + outer.close;
  };
}

function pageSetup(edits: SheetEdits): ElementEdit {
  return (xml) => {
    const s = edits.pageSetup;
    if (!s) return xml;
    let tag = xml ?? '<pageSetup/>';
    tag = withAttr(withAttr(tag, 'paperSize', '9'), 'orientation', s.orientation);
    if (s.fitToWidth) tag = withAttr(withAttr(tag, 'fitToWidth', '1'), 'fitToHeight', '0');
    return tag;
  };
}

function headerFooter(edits: SheetEdits): ElementEdit {
  return (xml) => {
    const s = edits.pageSetup;
    if (!s || (s.header === undefined && s.footer === undefined)) return xml;
    const outer = tagAndBody(xml ?? '<headerFooter/>');
    const kids = new Map(childList(outer.body));
    if (s.header !== undefined) kids.set('oddHeader', `<oddHeader>${escapeXml(s.header)}</oddHeader>`);
    if (s.footer !== undefined) kids.set('oddFooter', `<oddFooter>${escapeXml(s.footer)}</oddFooter>`);
    const order = ['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter'];
    return (
      outer.tag +
      order
        .filter((k) => kids.has(k))
        .map((k) => kids.get(k))
        .join('') +
      outer.close
    );
  };
}

/** The cells the edits write, as one box; null when they write none. */
function writtenBox(edits: SheetEdits): RangeRef | null {
  let box: RangeRef | null = null;
  for (const [row, cols] of edits.cells) {
    for (const col of cols.keys()) {
      if (!box) box = { r0: row, c0: col, r1: row, c1: col };
      else {
        if (row < box.r0) box.r0 = row;
        if (row > box.r1) box.r1 = row;
        if (col < box.c0) box.c0 = col;
        if (col > box.c1) box.c1 = col;
      }
    }
  }
  return box;
}

/**
 * <dimension>, where the sheet has one, grown to take in the cells written: Excel
 * works it out again, but other readers trust it (openpyxl's read-only mode, and so
 * pandas, stop at its last column and would not see the rating columns). Never
 * added where the file has none, never shrunk.
 */
function dimension(box: RangeRef): ElementEdit {
  return (xml) => {
    if (xml === null) return null;
    const ref = attr(xml, 'ref');
    const old = ref ? parseRangeA1(ref) : null;
    if (!old || old.r0 < 0 || old.c0 < 0) return xml;
    const grown = {
      r0: Math.min(old.r0, box.r0),
      c0: Math.min(old.c0, box.c0),
      r1: Math.max(old.r1, box.r1),
      c1: Math.max(old.c1, box.c1),
    };
    const same = grown.r0 === old.r0 && grown.c0 === old.c0 && grown.r1 === old.r1 && grown.c1 === old.c1;
    return same ? xml : withAttr(xml, 'ref', rangeA1(grown));
  };
}

const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** The elements this sheet's edits change, by local name. */
export function settingEdits(edits: SheetEdits): Map<string, ElementEdit> {
  const out = new Map<string, ElementEdit>();
  const box = writtenBox(edits);
  if (box) out.set('dimension', dimension(box));
  if (edits.tabColor || edits.pageSetup) out.set('sheetPr', sheetPr(edits));
  if (edits.freeze) out.set('sheetViews', sheetViews(edits.freeze.rows, edits.freeze.cols));
  if (edits.widths.size > 0) out.set('cols', cols(edits.widths));
  if (edits.mergesChanged) out.set('mergeCells', mergeCells(edits));
  if (edits.links.size > 0) out.set('hyperlinks', hyperlinks(edits));
  if (edits.pageSetup) {
    // Excel wants margins beside a page setup; a sheet without them gets Excel's defaults
    out.set('pageMargins', (xml) => xml ?? MARGINS);
    out.set('pageSetup', pageSetup(edits));
    out.set('headerFooter', headerFooter(edits));
  }
  return out;
}

/** The worksheet's children in the order the schema requires. */
export const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];
