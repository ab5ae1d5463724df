/**
 * Applies a write plan to the package: checks the whole plan first (the exceljs
 * gateway's check-plan rules, so the same plans are refused the same way), records
 * every op, then writes the changed parts into a copy of the package, which the
 * gateway adopts only when everything succeeded. A refusal (something the write
 * would destroy) is a PatchRefusedError naming the op; the package is unchanged.
 */
import type { WritePlan } from '../../engine/model/plan';
import type { RangeRef } from '../../engine/model/snapshot';
import { checkPlanOnTabs, PlanError } from '../xlsx/check-plan';
import { sheetKey } from '../xlsx/sheet-names';
import { CONTENT_TYPES, addOverride } from './content-types';
import { PatchRefusedError, Refusal } from './errors';
import { FormulaGuard } from './formula-guard';
import { FreshCells } from './fresh-cells';
import type { PackageParts } from './package-parts';
import { readStructure, type PackageStructure } from './package-structure';
import { relativeTarget, relsPartOf } from './part-names';
import { recordOp, type Recorder } from './record-ops';
import { addRelationship, EMPTY_RELS, freeRelId } from './relationships';
import { SheetEdits } from './sheet-edits';
import { SheetGuards } from './sheet-guards';
import { NEW_SHEET, patchSheet } from './sheet-patcher';
import type { WindowReader } from './text-windows';
import { settingEdits } from './sheet-settings';
import { EMPTY_STYLES, StyleBook } from './styles-write';
import { inDialect } from './ooxml-dialect';
import { checkStructureLock } from './structure-lock';
import { patchPackageLists, patchWorkbookXml } from './workbook-patch';
import { WorkbookTabs, type Tab } from './workbook-tabs';
import { PartWriter } from './zip-write';

/** The merged areas of a sheet part as the file has them (the gateway answers from its last read). */
export type MergesOf = (part: string) => RangeRef[];

interface Staged {
  parts: PackageParts;
  structure: PackageStructure;
  tabs: WorkbookTabs;
  edits: Map<string, { tab: Tab & { part: string }; edits: SheetEdits; isNew: boolean }>;
  guards: Map<string, SheetGuards>;
  titles: Map<string, string>;
  styles: StyleBook | null;
}

function recorder(s: Staged, mergesOf: MergesOf): Recorder {
  return {
    tabs: s.tabs,
    titles: s.titles,
    edits(sheet) {
      const key = sheetKey(sheet);
      let e = s.edits.get(key);
      if (!e) {
        const tab = s.tabs.worksheet(sheet);
        e = { tab, edits: new SheetEdits(mergesOf(tab.part).slice()), isNew: false };
        s.edits.set(key, e);
      }
      return e.edits;
    },
    added(sheet) {
      const e = { tab: s.tabs.worksheet(sheet), edits: new SheetEdits([]), isNew: true };
      e.edits.fresh = new FreshCells();
      s.edits.set(sheetKey(sheet), e);
      return e.edits;
    },
    guards(sheet) {
      const key = sheetKey(sheet);
      let g = s.guards.get(key);
      if (!g) {
        const e = s.edits.get(key);
        const tab = s.tabs.worksheet(sheet);
        g = e?.isNew ? SheetGuards.none(tab.name) : SheetGuards.read(s.parts, tab.name, tab.part);
        s.guards.set(key, g);
      }
      return g;
    },
  };
}

function record(s: Staged, plan: WritePlan, mergesOf: MergesOf): void {
  const r = recorder(s, mergesOf);
  plan.ops.forEach((op, i) => {
    try {
      recordOp(r, op, i);
    } catch (e) {
      if (e instanceof Refusal) throw new PatchRefusedError(i, op, e.message);
      if (e instanceof PlanError) throw e;
      throw new PlanError(i, op, (e as Error).message);
    }
  });
}

/** styles.xml as a StyleBook, made (with its relationship and content type) when the file has none. */
function styleBook(s: Staged): StyleBook {
  if (s.styles) return s.styles;
  const part = s.structure.stylesPart;
  s.styles = part
    ? new StyleBook(s.parts.text(part), part)
    : new StyleBook(inDialect(EMPTY_STYLES, s.structure.dialect), 'xl/styles.xml');
  return s.styles;
}

function writeStyles(s: Staged): void {
  if (!s.styles?.changed) return;
  const part = s.structure.stylesPart;
  if (part) {
    s.parts.putText(part, s.styles.toXml());
    return;
  }
  const target = 'xl/styles.xml';
  s.parts.putText(target, s.styles.toXml());
  const relsPart = relsPartOf(s.structure.workbookPart);
  const rels = s.parts.textOrNull(relsPart) ?? EMPTY_RELS;
  const id = freeRelId([
    ...s.structure.workbookRels,
    ...s.tabs.tabs.map((t) => ({ id: t.relId, kind: '', type: '', target: '', external: false })),
  ]);
  s.parts.putText(
    relsPart,
    addRelationship(
      rels,
      id,
      `${s.structure.dialect.relationships}/styles`,
      relativeTarget(s.structure.workbookPart, target),
    ),
  );
  const types = s.parts.text(CONTENT_TYPES);
  s.parts.putText(
    CONTENT_TYPES,
    addOverride(types, target, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'),
  );
}

/** Writes one sheet's part; returns whether formulas were overwritten. */
function writeSheet(
  s: Staged,
  entry: { tab: Tab & { part: string }; edits: SheetEdits; isNew: boolean },
): boolean {
  const { tab, edits } = entry;
  const overwritten = (row: number, col: number): boolean => {
    const e = edits.edit(row, col);
    if (e) return e.value !== undefined || e.fromBlank;
    return edits.cleared(row, col) !== undefined;
  };
  const guard = new FormulaGuard(tab.name, overwritten);
  const clearRows = edits.clears.map((c) => c.range);
  const rowsToPatch = (row: number) =>
    edits.cells.has(row) || edits.heights.has(row) || clearRows.some((r) => row >= r.r0 && row <= r.r1);
  const out = new PartWriter(s.parts.nameOf(tab.part));
  const fresh = entry.isNew ? inDialect(NEW_SHEET, s.structure.dialect) : '';
  const input = entry.isNew
    ? { part: tab.part, read: (on: WindowReader) => fresh.slice(on(fresh)) }
    : { part: tab.part, read: (on: WindowReader) => s.parts.streamWindows(tab.part, on, (rest) => rest) };
  patchSheet(
    input,
    out,
    { edits, styles: () => styleBook(s), guard, part: tab.part },
    settingEdits(edits),
    rowsToPatch,
  );
  s.parts.put(tab.part, out.finish());
  return guard.formulasLost;
}

function writeAll(s: Staged, plan: WritePlan, originalCount: number): void {
  let formulasLost = false;
  for (const entry of s.edits.values()) {
    if (!s.tabs.tabs.includes(entry.tab)) continue; // deleted later in the plan
    try {
      if (writeSheet(s, entry)) formulasLost = true;
    } catch (e) {
      // found while streaming the sheet: named after the last op that wrote into it
      const i = entry.edits.lastOp;
      if (e instanceof Refusal) throw new PatchRefusedError(i, plan.ops[i], e.message);
      throw e;
    }
  }
  writeStyles(s);
  const titles = new Map<Tab, string>();
  for (const [name, rows] of s.titles) {
    const tab = s.tabs.find(name);
    if (tab) titles.set(tab, rows);
  }
  if (s.tabs.changed || titles.size > 0) {
    const wb = s.structure.workbookPart;
    s.parts.putText(wb, patchWorkbookXml(s.parts.text(wb), wb, s.tabs, titles, originalCount));
  }
  patchPackageLists(s.parts, s.structure, s.tabs, formulasLost);
}

/** The package with the plan applied, as a new PackageParts; `parts` itself is left as it was. */
export function applyPlanToPackage(parts: PackageParts, plan: WritePlan, mergesOf: MergesOf): PackageParts {
  const structure = readStructure(parts);
  checkPlanOnTabs(
    structure.sheets.map((x) => ({ name: x.tab.name, visibility: x.tab.visibility })),
    plan,
  );
  checkStructureLock(structure.info.structureLocked, structure.info.tabs, plan);
  const staged: Staged = {
    parts: parts.copy(),
    structure,
    tabs: new WorkbookTabs(parts, structure),
    edits: new Map(),
    guards: new Map(),
    titles: new Map(),
    styles: null,
  };
  record(staged, plan, mergesOf);
  writeAll(staged, plan, structure.info.tabs.length);
  return staged.parts;
}
