/**
 * A workbook whose every officer-typed text is hostile: markup that would run
 * or load if pasted into HTML unescaped, quotes that break attributes, a
 * formula that would run if written back as a formula, and a closing tag that
 * would end the page's title early. Codes, titles, notes, a sheet name and
 * action-plan tasks all carry them, around enough real content to be
 * recognised as a targets table and an action plan.
 */
import type { WorkbookSpec } from '../fixtures/spec';

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(1)>';
export const QUOTES = `"quoted" & 'apos'`;
export const HYPERLINK = '=HYPERLINK("http://evil")';
export const END_TITLE = '</title>';

export const HOSTILE = [SCRIPT, IMG, QUOTES, HYPERLINK, END_TITLE];

/** Excel forbids / \ ? * [ ] : in sheet names, so the sheet carries the image tag. */
export const TARGETS_SHEET = IMG;
export const PLAN_SHEET = `Plan ${QUOTES} x`;

export function hostileWorkbook(): WorkbookSpec {
  return {
    name: 'hostile',
    sheets: [
      {
        name: TARGETS_SHEET,
        rows: [
          ['NI', 'Indicator', '2008/09 Actual', '2009/10 Target', '2010/11 Target', 'Notes'],
          [`NI 117 ${SCRIPT}`, `16 to 18 year olds who are NEET ${SCRIPT}`, 0.062, 0.055, 0.05, IMG],
          ['NI 112', `Under 18 conception rate ${QUOTES}`, 34, 31.6, 17.7, HYPERLINK],
          ['NI 55', HYPERLINK, 0.073, 0.08, 0.08, END_TITLE],
          [IMG, `Local indicator ${END_TITLE}${IMG}`, 12, 10, 8, `${QUOTES} ${SCRIPT}`],
        ],
      },
      {
        name: PLAN_SHEET,
        rows: [
          ['Area of Focus', 'Summary of Tasks and Milestones', 'Deadline', 'Lead', 'Partnership'],
          [`1. Improve health ${SCRIPT}`, `1.1 Develop a strategy ${IMG}`, 'August 2009', QUOTES, END_TITLE],
          [null, HYPERLINK, 'April 2010', SCRIPT, IMG],
          [null, `1.3 ${END_TITLE} ${QUOTES}`, 'July 2009', HYPERLINK, null],
          [`2. ${IMG}`, `2.1 Reduce NEET ${HYPERLINK}`, 'April 2011', END_TITLE, SCRIPT],
        ],
      },
    ],
  };
}
