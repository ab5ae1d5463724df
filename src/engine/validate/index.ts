export { validate } from './validate';
export { rules } from './rules';
export { readDeadline, type Deadline, type DeadlinePrecision } from './deadline';
export type { Rule, RuleContext, RecognitionNote } from './types';
