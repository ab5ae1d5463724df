/**
 * How the package's parts hang together, found the way Excel finds them: the
 * package relationships lead to the workbook part, whose relationships lead to
 * each sheet, the shared strings and the styles. Part names come only from
 * relationships (absolute or relative), never from guessing "xl/worksheets/sheet1.xml".
 */
import { damaged } from './errors';
import type { PackageParts } from './package-parts';
import { relsPartOf } from './part-names';
import { readRelationships, type Relationship } from './relationships';
import { readWorkbookPart, type WorkbookInfo, type WorkbookTab } from './workbook-part';
import { type Dialect, dialectOf } from './ooxml-dialect';

export interface SheetEntry {
  tab: WorkbookTab;
  /** the worksheet part */
  part: string;
  /** position among the workbook's tabs (chart sheets included), for localSheetId */
  position: number;
}

export interface PackageStructure {
  workbookPart: string;
  workbookRels: Relationship[];
  info: WorkbookInfo;
  /** worksheets in tab order; chart and dialog sheets are not worksheets and are left out */
  sheets: SheetEntry[];
  sharedStringsPart?: string;
  stylesPart?: string;
  /** transitional or strict: what the package's own relationship type says */
  dialect: Dialect;
}

const OFFICE_DOCUMENT = 'officeDocument';

export function relationshipsOf(parts: PackageParts, source: string): Relationship[] {
  const rels = relsPartOf(source);
  const xml = parts.textOrNull(rels);
  return xml === null ? [] : readRelationships(xml, parts.file, source);
}

function workbookPartOf(parts: PackageParts): { part: string; dialect: Dialect } {
  const main = relationshipsOf(parts, '').find((r) => r.kind === OFFICE_DOCUMENT && !r.external);
  // a package without its relationships part is damaged, but the workbook is where Excel puts it
  const part = main?.target ?? 'xl/workbook.xml';
  if (!parts.has(part)) throw damaged(parts.file, 'it has no workbook inside');
  return { part, dialect: dialectOf(main?.type) };
}

export function readStructure(parts: PackageParts): PackageStructure {
  const { part: workbookPart, dialect } = workbookPartOf(parts);
  const workbookRels = relationshipsOf(parts, workbookPart);
  const info = readWorkbookPart(parts.text(workbookPart), parts.file, workbookPart);
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  info.tabs.forEach((tab, position) => {
    const rel = byId.get(tab.relId);
    if (!rel || rel.external || rel.kind !== 'worksheet') return;
    if (!parts.has(rel.target)) throw damaged(parts.file, `the part of sheet "${tab.name}" is missing`);
    sheets.push({ tab, part: rel.target, position });
  });
  if (info.tabs.length === 0) throw damaged(parts.file, 'it has no sheets');
  const internal = (kind: string) =>
    workbookRels.find((r) => r.kind === kind && !r.external && parts.has(r.target))?.target;
  return {
    workbookPart,
    workbookRels,
    info,
    sheets,
    sharedStringsPart: internal('sharedStrings'),
    stylesPart: internal('styles'),
    dialect,
  };
}
