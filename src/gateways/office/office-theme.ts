/**
 * Office's theme for the task pane. Excel offers add-ins no theme-changed event (Office's
 * OfficeThemeChanged is Outlook's alone), so a pane that should follow a switch of theme while it is
 * open reads Office.context.officeTheme again: a property read, no request to the workbook, every
 * couple of seconds and whenever the pane is shown or focused. Where the host refreshes that property
 * while the pane is open the pane follows; where it does not, the pane takes the new theme when it is
 * next opened.
 */

/** The part of Office.context.officeTheme the pane reads; absent outside Office (plain browser, tests). */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
}

/** Office's theme when the pane runs inside Office; undefined in a plain browser where Office.context is empty. */
export function readOfficeTheme(): OfficeThemeColours | undefined {
  try {
    const theme = typeof Office === 'undefined' ? undefined : Office.context?.officeTheme;
    // a copy: the host may update its object in place, and React compares by reference
    return theme ? { bodyBackgroundColor: theme.bodyBackgroundColor } : undefined;
  } catch {
    return undefined;
  }
}

export interface ThemeWatchOptions {
  read?: () => OfficeThemeColours | undefined;
  intervalMs?: number;
}

/** Calls onChange with the theme each time its background colour changes; returns a function that stops. */
export function watchOfficeTheme(
  onChange: (theme: OfficeThemeColours | undefined) => void,
  { read = readOfficeTheme, intervalMs = 2000 }: ThemeWatchOptions = {},
): () => void {
  let last = read()?.bodyBackgroundColor;
  const check = () => {
    const theme = read();
    if (theme?.bodyBackgroundColor === last) return;
    last = theme?.bodyBackgroundColor;
    onChange(theme);
  };
  const timer = setInterval(check, intervalMs);
  globalThis.addEventListener?.('focus', check);
  globalThis.document?.addEventListener('visibilitychange', check);
  return () => {
    clearInterval(timer);
    globalThis.removeEventListener?.('focus', check);
    globalThis.document?.removeEventListener('visibilitychange', check);
  };
}
