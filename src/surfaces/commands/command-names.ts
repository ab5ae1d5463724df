/**
 * The ribbon's ExecuteFunction buttons: FunctionName in manifest.xml -> what the officer clicked.
 * A test checks these names against the manifest, since a mismatch fails silently in Excel.
 */
export const COMMAND_ACTIONS = {
  validateTargets: 'Validate targets',
  fillRag: 'Fill RAG & trajectory',
  buildReports: 'Build Table A & B',
  removeOutput: 'Remove NI Targets output',
} as const;

export type CommandName = keyof typeof COMMAND_ACTIONS;

export const COMMAND_NAMES = Object.keys(COMMAND_ACTIONS) as CommandName[];
