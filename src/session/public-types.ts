/**
 * What a surface (the command line, the pane) needs of the engine's vocabulary, through the session:
 * surfaces talk to the session, never to pipeline stages or engine modules.
 */
export type { Settings, Tolerance } from '../engine/model/settings';
export type { Finding, Severity } from '../engine/model/findings';
export { sheetRef } from '../engine/model/a1';
