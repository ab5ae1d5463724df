/**
 * The outcome of a ribbon command, shown in a small Office dialog (dialog.html). A dialog, not cells in
 * the workbook: the add-in writes only where the officer asked. displayDialogAsync works in Excel on
 * Windows, Mac and the web (DialogApi 1.1); the page gets the text in its query string.
 */
import type { CommandSummary } from './command-actions';

/** Query strings stay well under the URL limits of every host. */
const MAX_TEXT = 1500;

export function dialogUrl(base: string, s: CommandSummary): string {
  const url = new URL('dialog.html', base);
  url.searchParams.set('title', s.title);
  url.searchParams.set('text', s.lines.join('\n').slice(0, MAX_TEXT));
  return url.toString();
}

/** Resolves when the officer closes the dialog, or at once when Office cannot open it. */
export function showSummaryDialog(s: CommandSummary): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      dialogUrl(window.location.href, s),
      { height: 35, width: 30, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          console.error('NI Targets: dialog failed', result.error?.message);
          return resolve();
        }
        const dialog = result.value;
        const done = () => {
          dialog.close();
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
        // closed with its own X
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}
