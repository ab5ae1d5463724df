/**
 * A way back. Excel's Ctrl+Z cannot undo what an add-in writes (Office.js writes leave the undo stack
 * empty), so the add-in offers its own: remove every sheet and range its record (the hidden registry
 * sheet) says it wrote, and nothing else; and include again a table the officer excluded.
 *
 * The record is the only source: a cell the add-in did not record is never touched, even if it looks
 * like the add-in's output. Every run records the settings it ran under, so the defaults recorded there
 * are output like the rest and go, with the hidden registry sheet, leaving the workbook as it was. Only
 * the officer's own choices (settings changed from the defaults, corrections to a table's map) stay,
 * and the registry sheet with them.
 */
import type { WorkbookGateway } from '../gateways/gateway';
import { REGISTRY_SHEET, type WriteOp, type WritePlan } from '../engine/model/plan';
import { defaultSettings } from '../engine/model/settings';
import {
  readRegistry,
  registryOps,
  settingsFrom,
  replaceEntries,
  type Registry,
  type RegistryEntry,
} from '../engine/ownership/registry';
import type { RunOptions } from './cancel-and-yield';
import type { RunControl } from './run-control';
import type { AnalysisSummary, TableRef } from './summary';
import { sameTable } from './summary';
import type { TableChoices } from './table-choices';

/** What "Remove NI Targets output" will take away, for the confirmation and the outcome. */
export interface OutputToRemove {
  /** sheets the add-in made ("Table A", "Table B") */
  sheets: string[];
  /** ranges it wrote on officers' sheets (rating columns), as recorded */
  ranges: { sheet: string; range: string; detail: string }[];
  /** settings the officer changed, or corrections, stay recorded, so the hidden registry sheet stays */
  keepsRecord: boolean;
}

/** what the add-in wrote, and its summary of the last run, which describes that output */
const isOutput = (e: RegistryEntry) => e.kind === 'sheet' || e.kind === 'range' || e.kind === 'summary';

/** settings changed from the defaults, corrections, imported definitions: the officer's work, kept */
function holdsChoices(registry: Registry): boolean {
  if (registry.entries.some((e) => e.kind === 'correction' || e.kind === 'definition')) return true;
  const saved = settingsFrom(registry);
  const defaults = defaultSettings();
  return (Object.keys(saved) as (keyof typeof saved)[]).some(
    (key) => JSON.stringify(saved[key]) !== JSON.stringify(defaults[key]),
  );
}

export function outputToRemove(registry: Registry): OutputToRemove {
  const sheets = registry.entries.filter((e) => e.kind === 'sheet').map((e) => e.sheet);
  const gone = new Set(sheets.map((s) => s.toLowerCase()));
  return {
    sheets,
    // ranges on a sheet that goes whole need no clearing of their own
    ranges: registry.entries
      .filter((e) => e.kind === 'range' && !gone.has(e.sheet.toLowerCase()))
      .map(({ sheet, range, detail }) => ({ sheet, range, detail })),
    keepsRecord: holdsChoices(registry),
  };
}

/** The plan: clear each recorded range (values and formats), delete each recorded sheet, update the record. */
export function removalPlan(registry: Registry): WritePlan {
  const what = outputToRemove(registry);
  const ops: WriteOp[] = [
    ...what.ranges.map((r): WriteOp => ({ op: 'clear', sheet: r.sheet, range: r.range })),
    ...what.sheets.map((sheet): WriteOp => ({ op: 'deleteSheet', sheet })),
  ];
  if (what.keepsRecord) ops.push(...registryOps(replaceEntries(registry, (e) => !isOutput(e), [])));
  else if (registry.stored.exists) ops.push({ op: 'deleteSheet', sheet: REGISTRY_SHEET });
  const said = describeRemoval(what);
  return { summary: said ? `Remove ${said}` : 'Nothing to remove', ops };
}

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** "the sheets Table A, Table B, and the cells NI Targets wrote at 'CYPP Targets'!K5:M55", or null for nothing */
export function describeRemoval(what: OutputToRemove): string | null {
  const parts: string[] = [];
  if (what.sheets.length > 0) {
    parts.push(`${what.sheets.length === 1 ? 'the sheet' : 'the sheets'} ${what.sheets.join(', ')}`);
  }
  if (what.ranges.length > 0) {
    parts.push(
      `the cells NI Targets wrote at ${what.ranges.map((r) => `${quoted(r.sheet)}!${r.range}`).join(', ')}`,
    );
  }
  return parts.length === 0 ? null : parts.join(', and ');
}

export interface RestoreActions {
  /** what "Remove NI Targets output" would take away, read from the add-in's record */
  outputToRemove(): Promise<OutputToRemove>;
  /** removes every sheet and range the record lists, and nothing else */
  removeOutput(opts?: RunOptions): Promise<OutputToRemove>;
  /** tables excluded in this session, to include again */
  excludedTables(): TableRef[];
  /** includes an excluded table again, then re-validates */
  includeTable(ref: TableRef, opts?: RunOptions): Promise<AnalysisSummary>;
}

export interface RestoreContext {
  gateway: WorkbookGateway;
  run: Pick<RunControl, 'forget'>;
  choices: TableChoices;
  validate(opts?: RunOptions): Promise<AnalysisSummary>;
}

export function restoreActions({ gateway, run, choices, validate }: RestoreContext): RestoreActions {
  return {
    async outputToRemove() {
      return outputToRemove(readRegistry(await gateway.readSnapshot()));
    },
    async removeOutput() {
      const registry = readRegistry(await gateway.readSnapshot());
      const what = outputToRemove(registry);
      await gateway.apply(removalPlan(registry));
      // ratings and reports were just taken away: the kept analysis no longer describes the workbook
      run.forget();
      return what;
    },
    excludedTables: () => [...choices.excludeTables],
    async includeTable(ref, opts) {
      // the choices' own list: dropping the exclusion reads the table again as the recogniser finds it
      const at = choices.excludeTables.findIndex((t) => sameTable(t, ref));
      if (at >= 0) choices.excludeTables.splice(at, 1);
      return validate(opts);
    },
  };
}
