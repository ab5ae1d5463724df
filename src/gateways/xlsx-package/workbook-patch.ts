/**
 * Writes a plan's workbook-level changes into xl/workbook.xml, its relationships
 * and [Content_Types].xml: the <sheets> list (original <sheet> tags kept, state
 * set), defined names re-pointed after a deletion and print titles set, the tab
 * Excel opens on, and the parts of added and deleted sheets. Each part is
 * rewritten only when something in it changes.
 */
import { addOverride, CONTENT_TYPES, removeOverride, WORKSHEET_TYPE } from './content-types';
import type { PackageParts } from './package-parts';
import type { PackageStructure } from './package-structure';
import { relativeTarget, relsPartOf } from './part-names';
import { addRelationship, EMPTY_RELS, removeRelationship } from './relationships';
import type { Tab, WorkbookTabs } from './workbook-tabs';
import { attrIn, escapeXml, withAttr } from './xml-text';
import { scanXml } from './xml-scan';
import { withDefaultNamespace } from './root-namespace';

interface Span {
  start: number;
  end: number;
}

interface WorkbookSpans {
  sheets?: Span;
  sheetTags: string[];
  definedNames?: Span;
  names: { xml: string; name: string; localSheetId?: number }[];
  workbookView?: Span;
  /** where <definedNames> goes when the file has none: before the first element that follows it */
  namesAt: number;
}

const AFTER_NAMES = new Set([
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
]);

function spansOf(xml: string, part: string): WorkbookSpans {
  const out: WorkbookSpans = { sheetTags: [], names: [], namesAt: -1 };
  let level = 0;
  let nameStart = -1;
  scanXml(
    xml,
    {
      open(x, name, start, end, selfClosing) {
        const local = name.slice(name.indexOf(':') + 1);
        if (level === 1) {
          if (local === 'sheets') out.sheets = { start, end: selfClosing ? end : -1 };
          if (local === 'definedNames') out.definedNames = { start, end: selfClosing ? end : -1 };
          if (out.namesAt === -1 && AFTER_NAMES.has(local)) out.namesAt = start;
        }
        if (local === 'sheet' && level === 2) out.sheetTags.push(x.slice(start, end));
        if (local === 'workbookView' && !out.workbookView) out.workbookView = { start, end };
        if (local === 'definedName' && level === 2) nameStart = start;
        if (!selfClosing) level++;
      },
      close(x, name, start, end) {
        level--;
        const local = name.slice(name.indexOf(':') + 1);
        if (level === 1 && local === 'sheets' && out.sheets) out.sheets.end = end;
        if (level === 1 && local === 'definedNames' && out.definedNames) out.definedNames.end = end;
        if (level === 2 && local === 'definedName') {
          const body = x.slice(nameStart, end);
          const id = attrIn(body, 0, body.indexOf('>'), 'localSheetId');
          out.names.push({
            xml: body,
            name: attrIn(body, 0, body.indexOf('>'), 'name') ?? '',
            localSheetId: id === undefined ? undefined : Number(id),
          });
        }
        if (level === 0 && out.namesAt === -1) out.namesAt = start;
      },
    },
    part,
  );
  return out;
}

/** "'Table A'!$1:$3" from "1:3" */
function printTitles(sheet: string, rows: string): string {
  const [a, b] = rows.replace(/\$/g, '').split(':');
  return `'${sheet.replace(/'/g, "''")}'!$${a}:$${b}`;
}

function relPrefix(tags: string[]): string {
  const m = tags.map((t) => /\s([A-Za-z0-9_]+):id\s*=/.exec(t)).find(Boolean);
  return m ? m[1] : 'r';
}

function sheetTag(tab: Tab, original: string | undefined, prefix: string): string {
  const state = tab.visibility === 'visible' ? undefined : tab.visibility;
  if (original !== undefined) return withAttr(original, 'state', state);
  const stateAttr = state ? ` state="${state}"` : '';
  return `<sheet name="${escapeXml(tab.name)}" sheetId="${tab.sheetId}"${stateAttr} ${prefix}:id="${tab.relId}"/>`;
}

function definedNames(spans: WorkbookSpans, tabs: Tab[], titles: Map<Tab, string>): string {
  const byOriginal = new Map<number, number>();
  tabs.forEach((t, i) => t.originalPosition !== undefined && byOriginal.set(t.originalPosition, i));
  const out: string[] = [];
  for (const n of spans.names) {
    if (n.localSheetId === undefined) {
      out.push(n.xml);
      continue;
    }
    const now = byOriginal.get(n.localSheetId);
    if (now === undefined) continue; // its sheet was deleted
    if (n.name === '_xlnm.Print_Titles' && titles.has(tabs[now])) continue; // replaced below
    const gt = n.xml.indexOf('>');
    out.push(
      now === n.localSheetId
        ? n.xml
        : withAttr(n.xml.slice(0, gt + 1), 'localSheetId', String(now)) + n.xml.slice(gt + 1),
    );
  }
  for (const [tab, rows] of titles) {
    const id = tabs.indexOf(tab);
    out.push(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${id}">${escapeXml(printTitles(tab.name, rows))}</definedName>`,
    );
  }
  return out.length === 0 ? '' : `<definedNames>${out.join('')}</definedNames>`;
}

/** The tab Excel opens on: the same sheet as before where it is still there and visible, else the first visible. */
function bookView(tag: string, book: WorkbookTabs, originalCount: number): string {
  const active = Number(attrIn(tag, 0, tag.length, 'activeTab') ?? 0);
  const was = book.tabs.findIndex((t) => t.originalPosition === Math.min(active, originalCount - 1));
  const now =
    was !== -1 && book.tabs[was].visibility === 'visible'
      ? was
      : book.tabs.findIndex((t) => t.visibility === 'visible');
  let out = withAttr(tag, 'activeTab', now > 0 ? String(now) : undefined);
  const first = Number(attrIn(tag, 0, tag.length, 'firstSheet') ?? 0);
  if (first >= book.tabs.length) out = withAttr(out, 'firstSheet', undefined);
  return out;
}

export function patchWorkbookXml(
  xml: string,
  part: string,
  book: WorkbookTabs,
  titles: Map<Tab, string>,
  originalCount: number,
): string {
  const spans = spansOf(xml, part);
  const edits: { at: Span; text: string }[] = [];
  if (book.changed && spans.sheets) {
    const prefix = relPrefix(spans.sheetTags);
    const tags = book.tabs.map((t) =>
      sheetTag(t, t.originalPosition === undefined ? undefined : spans.sheetTags[t.originalPosition], prefix),
    );
    edits.push({ at: spans.sheets, text: `<sheets>${tags.join('')}</sheets>` });
    if (spans.workbookView)
      edits.push({
        at: spans.workbookView,
        text: bookView(xml.slice(spans.workbookView.start, spans.workbookView.end), book, originalCount),
      });
  }
  if (book.deleted.length > 0 || titles.size > 0 || (book.changed && spans.names.length > 0)) {
    const names = definedNames(spans, book.tabs, titles);
    edits.push({ at: spans.definedNames ?? { start: spans.namesAt, end: spans.namesAt }, text: names });
  }
  if (edits.length === 0) return xml;
  edits.sort((a, b) => b.at.start - a.at.start);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.at.start) + e.text + out.slice(e.at.end);
  // the new <sheets> and <definedNames> are unprefixed: a prefixed root must declare their namespace
  return withDefaultNamespace(out);
}

/** Relationships, content types and parts of the sheets added and deleted, and a stale calcChain removed. */
export function patchPackageLists(
  parts: PackageParts,
  s: PackageStructure,
  book: WorkbookTabs,
  dropCalcChain: boolean,
): void {
  const relsPart = relsPartOf(s.workbookPart);
  let rels = parts.textOrNull(relsPart) ?? EMPTY_RELS;
  let types = parts.text(CONTENT_TYPES);
  const before = { rels, types };
  for (const tab of book.tabs) {
    if (tab.originalPosition !== undefined || !tab.part) continue;
    rels = addRelationship(
      rels,
      tab.relId,
      `${s.dialect.relationships}/worksheet`,
      relativeTarget(s.workbookPart, tab.part),
    );
    types = addOverride(types, tab.part, WORKSHEET_TYPE);
  }
  for (const tab of book.deleted) {
    rels = removeRelationship(rels, tab.relId, relsPart);
    if (!tab.part) continue;
    types = removeOverride(types, tab.part);
    parts.remove(tab.part);
    parts.remove(relsPartOf(tab.part));
  }
  const calc = s.workbookRels.find((r) => r.kind === 'calcChain' && !r.external);
  if (dropCalcChain && calc) {
    // Excel rebuilds the calculation chain; a stale one pointing at overwritten formulas makes it "repair" the file
    rels = removeRelationship(rels, calc.id, relsPart);
    types = removeOverride(types, calc.target);
    parts.remove(calc.target);
  }
  if (rels !== before.rels) parts.putText(relsPart, withDefaultNamespace(rels));
  if (types !== before.types) parts.putText(CONTENT_TYPES, withDefaultNamespace(types));
}
