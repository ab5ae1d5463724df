import type { Rule } from '../types';
import { ruleList } from '../rule-list';
import { codeFormat } from './code-format';
import { codeTypo } from './code-typo';
import { codeUnknown } from './code-unknown';
import { deadlinePassed } from './deadline-passed';
import { deadlineReadAs } from './deadline-read-as';
import { deadlineUnreadable } from './deadline-unreadable';
import { definitionConflict } from './definition-conflict';
import { definitionUnreadable } from './definition-unreadable';
import { duplicateConflict } from './duplicate-conflict';
import { formulaResult } from './formula-result';
import { localUndefined } from './local-undefined';
import { nyaPassed } from './nya-passed';
import { percentRange } from './percent-range';
import { periodMismatch } from './period-mismatch';
import { recognition } from './recognition';
import { subLetter } from './sub-letter';
import { targetMissing } from './target-missing';
import { targetPolarity } from './target-polarity';
import { titleMismatch } from './title-mismatch';
import { unitMismatch } from './unit-mismatch';
import { valueError } from './value-error';
import { valueUnreadable } from './value-unreadable';
import { yearOrder } from './year-order';

/**
 * Every rule, in the order an officer would fix things: the definitions the tables are
 * rated with, codes, then values, then plans. Two rules with one id fail at start-up.
 */
export const rules: Rule[] = ruleList([
  definitionUnreadable,
  definitionConflict,
  codeUnknown,
  codeTypo,
  codeFormat,
  localUndefined,
  titleMismatch,
  subLetter,
  duplicateConflict,
  formulaResult,
  valueUnreadable,
  valueError,
  percentRange,
  unitMismatch,
  targetPolarity,
  targetMissing,
  nyaPassed,
  yearOrder,
  periodMismatch,
  deadlineUnreadable,
  deadlineReadAs,
  deadlinePassed,
  recognition,
]);
