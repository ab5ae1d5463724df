/**
 * What Excel does with a value written through Range.values: text that looks
 * like a number, a percentage, a truth value or an en-GB date becomes one, "="
 * starts a formula, and a leading apostrophe keeps the rest as text. The fake
 * does this too, so a gateway that forgets to protect text is caught.
 */
import type { CellState } from './state';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const UNIX_EPOCH_SERIAL = 25569;

/** The cell after Excel parses `typed`; null means "leave the cell as it is". */
export function typedIntoCell(cell: CellState, typed: unknown): void {
  delete cell.formula;
  if (typeof typed !== 'string') {
    cell.value = typed as CellState['value'];
    return;
  }
  if (typed === '') {
    cell.value = null;
    return;
  }
  if (typed.startsWith("'")) {
    cell.value = typed.slice(1) === '' ? null : typed.slice(1);
    return;
  }
  if (typed.startsWith('=')) {
    // the fake never evaluates; an unevaluated formula shows as an error
    cell.formula = typed;
    cell.value = '#NAME?';
    return;
  }
  const t = typed.trim();
  if (NUMBER.test(t)) {
    cell.value = Number(t);
    return;
  }
  const pct = PERCENT.exec(t);
  if (pct) {
    cell.value = Number(pct[1]) / 100;
    cell.format = pct[1].includes('.') ? '0.00%' : '0%';
    return;
  }
  if (/^(true|false)$/i.test(t)) {
    cell.value = t.toLowerCase() === 'true';
    return;
  }
  const date = DATE.exec(t);
  if (date) {
    const ms = Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1]));
    cell.value = ms / 86_400_000 + UNIX_EPOCH_SERIAL;
    cell.format = 'dd/mm/yyyy';
    return;
  }
  cell.value = typed;
}
