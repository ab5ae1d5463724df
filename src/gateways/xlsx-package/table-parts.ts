/**
 * Table parts (xl/tables/tableN.xml), reached from a sheet's relationships: name,
 * range and whether the first row is a header. Excel omits headerRowCount when it
 * is 1 (the default); "0" means no header row.
 */
import type { ListObjectInfo } from '../../engine/model/snapshot';
import { parseRangeA1 } from '../../engine/model/a1';
import { parseSmallXml } from './xml-parts';

export interface TablePart extends ListObjectInfo {
  /** the part's name, for refusals that name it */
  part: string;
  /** the header row's column names, in order */
  columns: string[];
}

export function readTablePart(xml: string, file: string, part: string): TablePart | null {
  let table: TablePart | null = null;
  parseSmallXml(xml, file, part, {
    open(name, a) {
      if (name === 'table' && a.ref) {
        table = {
          name: a.name ?? a.displayName ?? '',
          range: parseRangeA1(a.ref),
          showHeaders: a.headerRowCount !== '0',
          part,
          columns: [],
        };
      } else if (name === 'tableColumn' && table) (table as TablePart).columns.push(a.name ?? '');
    },
  });
  return table;
}

/** A pivot table's location on its sheet (xl/pivotTables/pivotTableN.xml). */
export function readPivotLocation(
  xml: string,
  file: string,
  part: string,
): { name: string; ref: string } | null {
  let out: { name: string; ref: string } | null = null;
  let name = '';
  parseSmallXml(xml, file, part, {
    open(el, a) {
      if (el === 'pivotTableDefinition') name = a.name ?? '';
      if (el === 'location' && a.ref) out = { name, ref: a.ref };
    },
  });
  return out;
}
