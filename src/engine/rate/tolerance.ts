/**
 * The Amber allowance: how far a value may miss its target and still be Amber.
 * Relative tolerances are a share of the target's value (5% of 15% is 0.75 points);
 * absolute ones are units of the indicator (1 = one percentage point on a % indicator).
 * A definition's own tolerance (definitions sheet) wins over the workbook's.
 */
import type { IndicatorDefinition } from '../catalogue/types';
import type { Settings, Tolerance } from '../model/settings';

export function toleranceFor(definition: IndicatorDefinition | null, settings: Settings): Tolerance {
  return definition?.tolerance ?? settings.tolerance;
}

/** The largest miss that is still Amber, against a target (or band edge) of `reference`. */
export function allowance(tolerance: Tolerance, reference: number): number {
  return tolerance.kind === 'relative' ? (Math.abs(reference) * tolerance.value) / 100 : tolerance.value;
}

/** "5% of the target", "1 unit" - how the allowance was worked out, for the officer. */
export function toleranceWords(tolerance: Tolerance, percentScale: boolean, of = 'the target'): string {
  if (tolerance.kind === 'relative') return `${tolerance.value}% of ${of}`;
  const v = tolerance.value;
  if (percentScale) return v === 1 ? '1 percentage point' : `${v} percentage points`;
  return v === 1 ? '1 unit' : `${v} units`;
}
