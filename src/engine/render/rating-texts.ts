/**
 * What the rating columns say: each kind of column's header and cells, the words
 * that mark a cell as the add-in's own, and the notices a run gives the officer.
 */
import type { CellStyle } from '../model/plan';
import type { CellValue } from '../model/snapshot';
import { colLetters } from '../model/a1';
import type { Rating } from '../rate/types';
import { formatValue } from '../rate/explain';
import { RAG_STYLES, type RagStyleKey } from './styles';

export type Kind = 'rag' | 'direction' | 'trajectory';
export const KINDS: Kind[] = ['rag', 'direction', 'trajectory'];

export const NOTE_PREFIX = 'NI Targets ratings:';

const KIND_WORDS: Record<Kind, string> = {
  rag: 'RAG ratings',
  direction: 'directions',
  trajectory: 'trajectories',
};

const ARROWS: Record<NonNullable<Rating['direction']>, string> = {
  Improving: '▲ Improving',
  Worsening: '▼ Worsening',
  'No change': '► No change',
  Increasing: '▲ Increasing',
  Decreasing: '▼ Decreasing',
};

/** Beginnings of everything the rating columns hold: a cell starting otherwise was typed by someone. */
const OUR_WORDS = [
  'Green',
  'Amber',
  'Red',
  'Not rated',
  '▲ ',
  '▼ ',
  '► ',
  'On track',
  'Near track',
  'Off track',
  'RAG',
  'Direction',
  'Trajectory',
  NOTE_PREFIX,
];

export function looksWritten(v: CellValue): boolean {
  return typeof v === 'string' && OUR_WORDS.some((w) => v.startsWith(w));
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function headerText(kind: Kind, ratedYear: string | null): string {
  if (kind !== 'rag') return capital(kind);
  return ratedYear ? `RAG ${ratedYear}` : 'RAG';
}

function ragCell(r: Rating | undefined): { value: string; style: CellStyle } {
  if (r?.rag) return { value: r.rag, style: RAG_STYLES[r.rag] };
  const why = r?.notRated ? `: ${r.notRated}` : '';
  const k: RagStyleKey = 'Not rated';
  return { value: `Not rated${why}`, style: RAG_STYLES[k] };
}

function trajectoryText(r: Rating | undefined): string {
  if (!r || r.expected === null) return '';
  const expected = `expected ${formatValue(r.expected, r.unit)}`;
  return r.trajectory ? `${r.trajectory} (${expected})` : `Not rated (${expected})`;
}

/** A row's cell in each kind of column; only the RAG column is filled with a colour. */
export const CELL_OF: Record<Kind, (r: Rating | undefined) => { value: string; style?: CellStyle }> = {
  rag: ragCell,
  direction: (r) => ({ value: r?.direction ? ARROWS[r.direction] : '' }),
  trajectory: (r) => ({ value: trajectoryText(r) }),
};

function span(c0: number, c1: number): string {
  return c0 === c1 ? `column ${colLetters(c0)}` : `columns ${colLetters(c0)}:${colLetters(c1)}`;
}

/** Quote a sheet name for a notice: 'Table A'. */
function q(sheet: string): string {
  return `'${sheet}'`;
}

export function typedOverNotice(sheet: string, cells: string[]): string {
  const list =
    cells.length > 5 ? `${cells.slice(0, 5).join(', ')} and ${cells.length - 5} more` : cells.join(', ');
  return `${list} on ${q(sheet)} ${cells.length === 1 ? 'was' : 'were'} typed over since the last run, so left as ${cells.length === 1 ? 'it is' : 'they are'}.`;
}

export function sheetMissingNotice(sheet: string): string {
  return `The sheet ${q(sheet)} was not found, so its table was not rated.`;
}

export function protectedNotice(sheet: string): string {
  return `${q(sheet)} is protected, so no ratings were written there.`;
}

export function noFreeColumnsNotice(sheet: string, tableAt: string): string {
  return `No free columns right of the table at ${tableAt} on ${q(sheet)}: not rated.`;
}

export function movedNotice(sheet: string, wanted: number, start: number, width: number): string {
  const taken = span(wanted, wanted + width - 1);
  const verb = width === 1 ? 'holds' : 'hold';
  return `${capital(taken)} on ${q(sheet)} ${verb} your data, so ratings were written to ${span(start, start + width - 1)}.`;
}

export function ownColumnNotice(sheet: string, kind: Kind, col: number, header: string, to: number): string {
  return `Column ${colLetters(col)} (${header}) on ${q(sheet)} holds your own entries, so the ${KIND_WORDS[kind]} were written to column ${colLetters(to)}.`;
}

export function noNoteCellNotice(sheet: string, tableAt: string): string {
  return `No free cell under or above the table at ${tableAt} on ${q(sheet)} for the note on the rules.`;
}
