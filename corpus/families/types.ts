/** The interface every family module implements. */
import type { LayoutPlan } from '../layout';
import type { Rng } from '../prng';

export interface Family {
  /** the name used on the command line and in the report */
  name: string;
  /** the layout feature the family shows */
  summary: string;
  /** change the plan (its main table, its sheets) to show the feature */
  apply(plan: LayoutPlan, rng: Rng): void;
}
