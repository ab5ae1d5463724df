/**
 * One table's map in the Tables view: a row per column with its header, the role and year read (native
 * selects: keyboard and screen-reader usable as they are, and they fit 320 px), and "check" in words
 * where the reading is unsure, never colour alone. A change is saved at once as the officer's correction.
 */
import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { Text } from '@fluentui/react-components';
import type { TableSummary } from '../../../session/summary';
import type { ColumnRequest, CorrectionRequest } from '../../../session/corrections';
import { MAP_ROLES } from '../../../engine/corrections/types';
import { LOW_CONFIDENCE } from '../../../engine/corrections/confidence';

// at 320 px a long header and two selects do not fit one line: the header takes its own line and the
// selects always sit together under it, so every column reads the same way; 24 px targets (WCAG 2.5.8)
const ROW = { marginBottom: 8 } as const;
const CONTROLS = { display: 'flex', gap: 4, flexWrap: 'wrap' } as const;
const SELECT = { font: 'inherit', minHeight: 24 } as const;

/** Saves a correction of a table's map (the session's correctTable). */
// the base rule cannot tell a type's parameter name from a variable
// eslint-disable-next-line no-unused-vars
export type OnCorrect = (req: CorrectionRequest) => void;
// eslint-disable-next-line no-unused-vars
type OnChange = (r: ColumnRequest) => void;
// eslint-disable-next-line no-unused-vars
type OnRow = (row: number) => void;
/** Sets the table's header rows or range to the cells selected in the sheet. */
// eslint-disable-next-line no-unused-vars
export type OnUseSelection = (what: 'header' | 'range', table: { sheet: string; cell: string }) => void;

export interface TableMapProps {
  table: TableSummary;
  busy: boolean;
  onCorrect: OnCorrect;
  onUseSelection?: OnUseSelection;
}

type Column = NonNullable<TableSummary['map']>['columns'][number];

/** Years offered for a column: those the table's columns read, and the one it has. */
function yearsOf(columns: readonly Column[]): string[] {
  return [...new Set(columns.map((c) => c.year).filter((y): y is string => y !== null))].sort();
}

/**
 * A keyboard move in a closed native select (arrows, Home/End, a letter) fires change at every step; saving
 * each would re-validate and disable the select under the officer's fingers. So a keyed change waits
 * for Enter or for focus to leave (Tab), and Escape takes it back; a pick from the open list (mouse, or
 * Alt+Down then Enter) saves at once.
 */
function useRoleChoice(c: Column, change: OnChange) {
  const [pending, setPending] = useState<string | null>(null);
  const keyed = useRef(false);
  const commit = (role: string | null) => {
    setPending(null);
    if (role !== null && role !== c.role) change({ column: c.column, role, year: c.year ?? undefined });
  };
  return {
    value: pending ?? c.role,
    onKeyDown: (e: KeyboardEvent<HTMLSelectElement>) => {
      if (e.key === 'Enter') return commit(pending);
      // Escape takes back the steps not yet saved
      if (e.key === 'Escape') return setPending(null);
      keyed.current = !e.altKey && e.key !== 'Tab';
    },
    onChange: (e: ChangeEvent<HTMLSelectElement>) => {
      if (keyed.current) setPending(e.target.value);
      else commit(e.target.value);
      keyed.current = false;
    },
    onBlur: () => commit(pending),
  };
}

function ColumnRow({
  c,
  years,
  busy,
  change,
}: {
  c: Column;
  years: string[];
  busy: boolean;
  change: OnChange;
}) {
  const name = `column ${c.column}${c.header ? ` (${c.header})` : ''}`;
  const role = useRoleChoice(c, change);
  return (
    <li data-testid="map-column" style={ROW}>
      <Text block>
        <strong>{c.column}</strong> {c.header || '(no header)'}
        {c.corrected ? ' (yours)' : c.confidence < LOW_CONFIDENCE ? ' (check)' : ''}
      </Text>
      <span style={CONTROLS}>
        <select aria-label={`Role of ${name}`} disabled={busy} style={SELECT} {...role}>
          {MAP_ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <select
          aria-label={`Year of ${name}`}
          value={c.year ?? ''}
          disabled={busy}
          style={SELECT}
          onChange={(e) => change({ column: c.column, role: c.role, year: e.target.value || undefined })}
        >
          <option value="">no year</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </span>
    </li>
  );
}

/** Leave a row out of the table, or put it back: the row's number as Excel shows it. */
function RowChoice({
  label,
  busy,
  where,
  apply,
}: {
  label: string;
  busy: boolean;
  where: string;
  apply: OnRow;
}) {
  const [row, setRow] = useState('');
  const n = Number(row);
  const ok = /^\d+$/.test(row) && n > 0;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (ok) apply(n);
      }}
    >
      <label>
        {label} row{' '}
        <input
          inputMode="numeric"
          size={5}
          value={row}
          aria-label={`${label} row of ${where}: its number`}
          onChange={(e) => setRow(e.target.value.trim())}
        />
      </label>{' '}
      <button type="submit" disabled={busy || !ok}>
        {label}
      </button>
    </form>
  );
}

export function TableMap({ table, busy, onCorrect, onUseSelection }: TableMapProps) {
  const map = table.map;
  if (!map || map.columns.length === 0) return null;
  const cell = map.range.split(':')[0];
  const where = `${table.sheet}!${map.range}`;
  const years = yearsOf(map.columns);
  const ref = { sheet: table.sheet, cell };
  const change = (r: ColumnRequest) => onCorrect({ ...ref, columns: [r] });
  return (
    <details data-testid="table-map">
      <summary>
        Map of {where}: header rows {map.header}
        {map.corrected ? ', corrected by you' : ''}
      </summary>
      <ul aria-label={`Columns of ${where}`} style={{ listStyleType: 'none', padding: 0 }}>
        {map.columns.map((c) => (
          <ColumnRow key={c.column} c={c} years={years} busy={busy} change={change} />
        ))}
      </ul>
      {map.excludedRows.length > 0 && <Text as="p">Rows left out: {map.excludedRows.join(', ')}</Text>}
      <RowChoice
        label="Exclude"
        busy={busy}
        where={where}
        apply={(n) => onCorrect({ ...ref, exclude: [n] })}
      />
      <RowChoice
        label="Include"
        busy={busy}
        where={where}
        apply={(n) => onCorrect({ ...ref, include: [n] })}
      />
      {onUseSelection && (
        <p>
          <button type="button" disabled={busy} onClick={() => onUseSelection('header', ref)}>
            Use selection as header rows
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => onUseSelection('range', ref)}>
            Use selection as the range
          </button>
        </p>
      )}
      <p>
        <button
          type="button"
          disabled={busy || !map.corrected}
          onClick={() => onCorrect({ ...ref, reset: true })}
        >
          Reset to what was read
        </button>
      </p>
    </details>
  );
}
