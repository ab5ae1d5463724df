/**
 * xl/workbook.xml as read: the tab list (names, order, hidden or very hidden, and
 * the relationship that leads to each sheet's part), the date system, whether formulas are to be recalculated on opening, and which
 * tab Excel opens on; and whether the officer locked the workbook's structure.
 */
import { parseSmallXml, relId } from './xml-parts';

export type Visibility = 'visible' | 'hidden' | 'veryHidden';

export interface WorkbookTab {
  name: string;
  sheetId: number;
  relId: string;
  visibility: Visibility;
}

export interface WorkbookInfo {
  tabs: WorkbookTab[];
  date1904: boolean;
  /** Review > Protect Workbook: sheets may not be added, deleted, renamed, moved, hidden or shown */
  structureLocked: boolean;
  /**
   * <calcPr fullCalcOnLoad="1">: Excel is to recalculate every formula on opening, so the
   * results saved in the file may be stale or placeholders (openpyxl and xlsxwriter set it)
   */
  recalcOnOpen: boolean;
}

function visibility(state: string | undefined): Visibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

function flag(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

export function readWorkbookPart(xml: string, file: string, part: string): WorkbookInfo {
  const info: WorkbookInfo = { tabs: [], date1904: false, structureLocked: false, recalcOnOpen: false };
  parseSmallXml(xml, file, part, {
    open(name, a) {
      if (name === 'workbookPr') info.date1904 = flag(a.date1904);
      if (name === 'workbookProtection') info.structureLocked = flag(a.lockStructure);
      if (name === 'calcPr') info.recalcOnOpen = flag(a.fullCalcOnLoad);
      if (name !== 'sheet') return;
      info.tabs.push({
        name: a.name ?? '',
        sheetId: Number(a.sheetId),
        relId: relId(a) ?? '',
        visibility: visibility(a.state),
      });
    },
  });
  return info;
}
