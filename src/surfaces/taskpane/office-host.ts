/**
 * The pane's session inside Excel: the Office.js gateway for reading and writing, Excel.run for moving the
 * selection, the engine in a Web Worker. Loaded with import() on the pane's first action.
 */
import { createOfficeGateway, type ExcelRun } from '../../gateways/office/gateway';
import { hostRequirement } from '../../gateways/office/requirements';
import { watchChanges } from '../../gateways/office/watch-changes';
import { createSession, type Session, type SessionHost } from '../../session/session';
import { browserEngine } from '../browser-engine';
import type { LiveSession } from './use-live';

export const officeHost: SessionHost = {
  selectCell: (sheet, cell) =>
    Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    }),
  getSelection: () =>
    Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('address');
      await context.sync();
      // "'My Sheet'!B3:H40": the sheet name may hold '!' itself, so split at the last one
      const address = range.address;
      const at = address.lastIndexOf('!');
      if (at < 0) return null;
      const sheet = address
        .slice(0, at)
        .replace(/^'(.*)'$/, '$1')
        .replace(/''/g, "'");
      return { sheet, range: address.slice(at + 1).replace(/\$/g, '') };
    }),
};

/** The session, and the officer's edits as Excel reports them (for live re-rating) where it can. */
export function createOfficeSession(): LiveSession {
  const run: ExcelRun = (fn) => Excel.run(fn);
  const session: Session = createSession(createOfficeGateway(run), officeHost, browserEngine());
  return { ...session, watchChanges: (onChange) => watchChanges(run, hostRequirement(), onChange) };
}
