/**
 * The outcome of a ribbon command, shown in a small Office dialog (dialog.html). A dialog, not cells in
 * the workbook: the add-in writes only where the officer asked. displayDialogAsync works in Excel on
 * Windows, Mac and the web (DialogApi 1.1); the page gets the text in its query string.
 */
import type { CommandSummary, Confirm } from './command-actions';

/** Query strings stay well under the URL limits of every host. */
const MAX_TEXT = 1500;

/** The dialog page's address; `yes` makes it a question with that button and Cancel. */
export function dialogUrl(
  base: string,
  s: { title: string; lines: string[]; select?: CommandSummary['select'] },
  yes?: string,
): string {
  const url = new URL('dialog.html', base);
  url.searchParams.set('title', s.title);
  url.searchParams.set('text', s.lines.join('\n').slice(0, MAX_TEXT));
  if (yes) url.searchParams.set('yes', yes);
  return url.toString();
}

/** Opens the dialog; resolves with what its page sent ('close', 'yes', 'no'), or null when closed or not shown. */
function openDialog(url: string): Promise<string | null> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 35, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        console.error('NI Targets: dialog failed', result.error?.message);
        return resolve(null);
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        resolve('message' in arg ? arg.message : null);
      });
      // closed with its own X
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve(null));
    });
  });
}

/** Resolves when the officer closes the dialog, or at once when Office cannot open it. */
export async function showSummaryDialog(s: CommandSummary): Promise<void> {
  await openDialog(dialogUrl(window.location.href, s));
}

/** A question; only the go-ahead button says yes: closing it, or a dialog that cannot open, is no. */
export const confirmDialog: Confirm = async (q) =>
  (await openDialog(dialogUrl(window.location.href, q, q.yes))) === 'yes';
