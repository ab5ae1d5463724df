/**
 * The package as the engine's WorkbookSnapshot. Shared strings and styles are read
 * once per snapshot; each worksheet is streamed through the sheet reader. A sheet
 * whose part (and the shared strings) did not change since the last snapshot is
 * not read again: after a plan writes one sheet, the session's re-read costs that
 * sheet only. Styles are only ever appended to, so earlier formats stay valid.
 */
import type { ListObjectInfo, RangeRef, SheetSnapshot, WorkbookSnapshot } from '../../engine/model/snapshot';
import { tooManyCells } from './limits';
import type { PackageParts } from './package-parts';
import { readStructure, relationshipsOf, type SheetEntry } from './package-structure';
import { readSharedStrings } from './shared-strings';
import { dropMergedValues, toGrid } from './sheet-grid';
import { type SheetRead, sheetReader } from './sheet-reader';
import { readXfFormats } from './styles-read';
import { readTablePart } from './table-parts';
import type { ZipEntry } from './zip-directory';

interface Cached {
  sheetEntry: ZipEntry;
  stringsEntry: ZipEntry | undefined;
  body: Omit<SheetSnapshot, 'name' | 'index' | 'visibility'>;
}

export class SnapshotReader {
  private readonly cache = new Map<string, Cached>();

  /**
   * A sheet part's merged areas: from the last snapshot when the part has not changed
   * since (the session reads before it writes), else by reading the sheet.
   */
  mergesOf(parts: PackageParts, part: string): RangeRef[] {
    const hit = this.cache.get(part);
    if (hit && hit.sheetEntry === parts.entry(part)) return hit.body.merges;
    this.read(parts, '');
    return this.cache.get(part)?.body.merges ?? [];
  }

  read(parts: PackageParts, name: string): WorkbookSnapshot {
    const s = readStructure(parts);
    let strings: string[] | null = null;
    let formats: string[] | null = null;
    const stringsEntry = s.sharedStringsPart ? parts.entry(s.sharedStringsPart) : undefined;
    const sheets = s.sheets.map((entry, index): SheetSnapshot => {
      const sheetEntry = parts.entry(entry.part) as ZipEntry;
      const hit = this.cache.get(entry.part);
      let body = hit && hit.sheetEntry === sheetEntry && hit.stringsEntry === stringsEntry ? hit.body : null;
      if (body === null) {
        strings ??= s.sharedStringsPart
          ? readSharedStrings(parts.text(s.sharedStringsPart), parts.file, s.sharedStringsPart)
          : [];
        formats ??= s.stylesPart ? readXfFormats(parts.text(s.stylesPart), parts.file, s.stylesPart) : [];
        body = readSheetBody(parts, entry, {
          sharedStrings: strings,
          xfFormats: formats,
          date1904: s.info.date1904,
          recalcOnOpen: s.info.recalcOnOpen,
        });
        this.cache.set(entry.part, { sheetEntry, stringsEntry, body });
      }
      return {
        name: entry.tab.name,
        index,
        visibility: entry.tab.visibility,
        ...body,
        tables: readTables(parts, entry.part),
      };
    });
    // serials stay as stored; the engine counts a 1904 workbook's dates as the 1900 system's (date-system.ts)
    return s.info.date1904 ? { name, sheets, date1904: true } : { name, sheets };
  }
}

/** What every sheet of the workbook is read with. */
interface WorkbookReading {
  sharedStrings: string[];
  xfFormats: string[];
  date1904: boolean;
  recalcOnOpen: boolean;
}

function readSheetBody(parts: PackageParts, entry: SheetEntry, book: WorkbookReading): Cached['body'] {
  const { limits, file } = parts;
  const tooBig = (row: number, col: number): never => {
    throw tooManyCells(file, entry.tab.name, row, col, limits);
  };
  const reader = sheetReader(
    {
      sharedStrings: book.sharedStrings,
      xfFormats: book.xfFormats,
      date1904: book.date1904,
      recalcOnOpen: book.recalcOnOpen,
      onCell: (count, row, col) => {
        if (count > limits.maxCellsPerSheet) tooBig(row, col);
      },
    },
    entry.part,
  );
  const where = `sheet "${entry.tab.name}" (${entry.part})`;
  const read: SheetRead = parts.streamWindows(entry.part, reader.feed, (rest) => reader.finish(rest), where);
  const rows = dropMergedValues(read.rows, read.merges);
  const grid = toGrid(rows, read.cells, limits, () => tooBig(read.far.row, read.far.col));
  const body: Cached['body'] = {
    ...grid,
    merges: read.merges.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0),
    tables: [],
    protected: read.protected,
  };
  const hidden = rows.length === read.rows.length ? read.hiddenRows : hiddenStill(read.hiddenRows, rows);
  if (hidden.length > 0) body.hiddenRows = hidden;
  if (read.formulaDoubts.length > 0) body.formulaDoubts = read.formulaDoubts;
  return body;
}

/** Hidden rows that still hold a value once merges dropped theirs. */
function hiddenStill(hidden: number[], rows: { row: number }[]): number[] {
  const kept = new Set(rows.map((r) => r.row));
  return hidden.filter((r) => kept.has(r));
}

function readTables(parts: PackageParts, sheetPart: string): ListObjectInfo[] {
  const out: ListObjectInfo[] = [];
  for (const rel of relationshipsOf(parts, sheetPart)) {
    if (rel.kind !== 'table' || rel.external || !parts.has(rel.target)) continue;
    const t = readTablePart(parts.text(rel.target), parts.file, rel.target);
    if (t) out.push({ name: t.name, range: t.range, showHeaders: t.showHeaders });
  }
  return out;
}
