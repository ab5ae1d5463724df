/** A line in the pane's results area. */
export interface PaneMessage {
  intent: 'info' | 'success' | 'warning' | 'error';
  text: string;
}

export type ValidateWorkbook = () => Promise<PaneMessage[]>;
