/**
 * A recording fake of the slice of the Excel JavaScript object model the Office
 * gateway uses. It has only members the real API has (no catch-all proxies),
 * enforces load-before-read, applies queued writes at sync, counts syncs and
 * their payload sizes, records every call, and can fail part-way through a sync.
 *
 * Known simplifications: formulas written through values are stored but not
 * evaluated (they read as "#NAME?"); a write to a merged area's hidden cells is
 * dropped; border weight is recorded but not stored; styling a whole row or
 * column touches only cells that already exist.
 */
export { FakeOfficeError, fakeError } from './errors';
export { FakeExcelHost, FakeRequestContext, type RecordedCall, type SyncRecord } from './host';
export { fakeExcelWith, workbookStateFrom } from './seed';
export type { CellState, SheetState, WorkbookState } from './state';
