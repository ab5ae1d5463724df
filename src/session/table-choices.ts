/**
 * The officer's own say over which tables a run reads: a range they selected as a table the recogniser
 * missed, or a table they excluded. Held for the session; adding undoes an exclusion and the reverse.
 */
import { sameTable, type TableRef } from './summary';

export interface TableChoices {
  readonly extraTables: TableRef[];
  readonly excludeTables: TableRef[];
  /** reads `ref` as a table from now on */
  include(ref: TableRef): void;
  /** leaves `ref` out from now on (or forgets it, when the officer had added it) */
  exclude(ref: TableRef): void;
}

function removeFrom(list: TableRef[], ref: TableRef): boolean {
  const at = list.findIndex((t) => sameTable(t, ref));
  if (at >= 0) list.splice(at, 1);
  return at >= 0;
}

export function createTableChoices(): TableChoices {
  const extraTables: TableRef[] = [];
  const excludeTables: TableRef[] = [];
  return {
    extraTables,
    excludeTables,
    include(ref) {
      removeFrom(excludeTables, ref);
      if (!extraTables.some((t) => sameTable(t, ref))) extraTables.push(ref);
    },
    exclude(ref) {
      if (removeFrom(extraTables, ref)) return;
      if (!excludeTables.some((t) => sameTable(t, ref))) excludeTables.push(ref);
    },
  };
}
