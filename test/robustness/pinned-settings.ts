/** Settings every robustness run uses, so two runs on different days cannot differ by their report date. */
import type { Settings } from '../../src/engine/model/settings';

export const PINNED: Partial<Settings> = { asOf: '2010-06-30' };
