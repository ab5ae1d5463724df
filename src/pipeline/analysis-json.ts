/**
 * The analysis as JSON: a public contract (`ni-targets ... --json`). Field names and
 * meanings are documented in the README; change them only additively.
 */
import { rangeA1 } from '../engine/model/a1';
import type { Severity } from '../engine/model/findings';
import type { Analysis } from './analyse';
import { yearLabel } from '../engine/rate/explain';

export interface AnalysisJson {
  workbook: string;
  settings: { year: string | null; tolerance: string; noChangePercent: number; asOf: string };
  tables: {
    sheet: string;
    range: string;
    kind: 'targets' | 'action-plan';
    rows: {
      row: number;
      code: string | null;
      title: string;
      group: string | null;
      rag: 'Green' | 'Amber' | 'Red' | null;
      direction: 'Improving' | 'Worsening' | 'No change' | 'Increasing' | 'Decreasing' | null;
      trajectory: string | null;
      ratedYear: string | null;
      actual: number | null;
      target: number | null;
      expected: number | null;
      reason: string | null;
      /** how the direction was reached, when there is one */
      directionReason: string | null;
      /** the trajectory's line and how the actual stands against it, when there is one */
      trajectoryReason: string | null;
    }[];
    tasks?: {
      row: number;
      number: string | null;
      area: string | null;
      text: string;
      deadline: string | null;
    }[];
  }[];
  findings: {
    rule: string;
    severity: Severity;
    sheet: string;
    cell: string;
    message: string;
    fix?: string;
  }[];
}

export function toJson(a: Analysis): AnalysisJson {
  const tol = a.settings.tolerance;
  return {
    workbook: a.snapshot.name,
    settings: {
      year: a.settings.year === null ? null : yearLabel(a.settings.year),
      tolerance: tol.kind === 'relative' ? `${tol.value}%` : `${tol.value}pp`,
      noChangePercent: a.settings.noChangePercent,
      asOf: a.settings.asOf,
    },
    tables: a.tables.map((t) => {
      if (t.kind === 'action-plan') {
        return {
          sheet: t.sheet,
          range: rangeA1(t.range),
          kind: t.kind,
          rows: [],
          tasks: t.tasks.map((k) => ({
            row: k.row + 1,
            number: k.number,
            area: k.area,
            text: k.text,
            deadline: k.deadline?.raw == null ? null : String(k.deadline.raw),
          })),
        };
      }
      const ratings = a.ratings.get(t) ?? [];
      const byRow = new Map(ratings.map((r) => [r.row, r]));
      return {
        sheet: t.sheet,
        range: rangeA1(t.range),
        kind: t.kind,
        rows: t.rows.map((r) => {
          const g = byRow.get(r.row);
          return {
            row: r.row + 1,
            code: r.code,
            title: r.title,
            group: r.group,
            rag: g?.rag ?? null,
            direction: g?.direction ?? null,
            trajectory: g?.trajectory ?? null,
            ratedYear: g?.ratedYear ?? null,
            actual: g?.actual ?? null,
            target: g?.target ?? null,
            expected: g?.expected ?? null,
            reason: g?.reason ?? null,
            directionReason: g?.directionReason ?? null,
            trajectoryReason: g?.trajectoryReason ?? null,
          };
        }),
      };
    }),
    findings: a.findings.map((f) => ({ ...f })),
  };
}
