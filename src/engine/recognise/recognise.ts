/**
 * Recognition: every targets table and action plan in a workbook, on any sheet,
 * at any position. Sheets the add-in owns (and the registry "_NITargets") are
 * never read; hidden sheets are.
 */
import type { WorkbookSnapshot } from '../model/snapshot';
import { ParseCaches } from './parse-cache';
import { SheetScanner } from './sheet-scan';
import { findSheetKey } from './sheet-key';
import { SheetView } from './sheet-view';
import { roleRowsNotes } from './role-rows';
import { strayRowsNote } from './stray-rows';
import { yearsDownNote } from './years-down';
import type { RecogniseOptions, RecogniseResult, RecognitionNote, TableRef } from './types';

export type { RecogniseOptions, RecogniseResult, RecognitionNote, TableRef } from './types';

const REGISTRY = '_NITargets';

function overlaps(a: TableRef['range'], b: TableRef['range']): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function recognise(snapshot: WorkbookSnapshot, options: RecogniseOptions): RecogniseResult {
  const notes: RecognitionNote[] = [];
  const tables: RecogniseResult['tables'] = [];
  const localPrefixes = options.catalogue.localPrefixes();
  const parsers = new ParseCaches();
  for (const sheet of snapshot.sheets) {
    if (sheet.name === REGISTRY || options.ignoreSheets?.has(sheet.name)) continue;
    if (sheet.values.length === 0) continue;
    const view = new SheetView(sheet);
    // the sheet's own key ("X = New Indicator") says what its tokens mean, on this sheet only
    const scanner = new SheetScanner(view, {
      catalogue: options.catalogue,
      localPrefixes,
      notes,
      parser: parsers.for(findSheetKey(view)),
    });
    for (const extra of options.extraTables ?? []) if (extra.sheet === sheet.name) scanner.extra(extra.range);
    scanner.listObjects();
    scanner.scan();
    for (const note of [strayRowsNote(view, scanner.tables), yearsDownNote(view, scanner.tables)])
      if (note) notes.push(note);
    notes.push(...roleRowsNotes(view, scanner.tables));
    const excluded = (options.excludeTables ?? []).filter((x) => x.sheet === sheet.name);
    // reading order on the sheet, whichever way each table was found
    const found = [...scanner.tables].sort((a, b) => a.range.r0 - b.range.r0 || a.range.c0 - b.range.c0);
    for (const t of found) {
      if (!excluded.some((x) => overlaps(x.range, t.range))) tables.push(t);
    }
  }
  return { tables, notes };
}
