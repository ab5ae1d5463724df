/**
 * Excel's built-in number formats by id: a style that says numFmtId="10" and has
 * no <numFmt> of its own means "0.00%". The ids and codes are the ones exceljs
 * maps, so both readers give the same format text; ids whose code depends on the
 * locale (27-36, 50-81) are left out, as exceljs leaves them, and read as General.
 */
export const BUILT_IN_FORMATS: ReadonlyMap<number, string> = new Map([
  [0, 'General'],
  [1, '0'],
  [2, '0.00'],
  [3, '#,##0'],
  [4, '#,##0.00'],
  [9, '0%'],
  [10, '0.00%'],
  [11, '0.00E+00'],
  [12, '# ?/?'],
  [13, '# ??/??'],
  [14, 'mm-dd-yy'],
  [15, 'd-mmm-yy'],
  [16, 'd-mmm'],
  [17, 'mmm-yy'],
  [18, 'h:mm AM/PM'],
  [19, 'h:mm:ss AM/PM'],
  [20, 'h:mm'],
  [21, 'h:mm:ss'],
  [22, 'm/d/yy "h":mm'],
  [37, '#,##0 ;(#,##0)'],
  [38, '#,##0 ;[Red](#,##0)'],
  [39, '#,##0.00 ;(#,##0.00)'],
  [40, '#,##0.00 ;[Red](#,##0.00)'],
  [45, 'mm:ss'],
  [46, '[h]:mm:ss'],
  [47, 'mmss.0'],
  [48, '##0.0E+0'],
  [49, '@'],
]);

/** The built-in id for a code, for writing a format without adding a <numFmt>. */
export function builtInFormatId(code: string): number | undefined {
  for (const [id, c] of BUILT_IN_FORMATS) if (c === code) return id;
  return undefined;
}

/** First id Excel leaves for a workbook's own formats. */
export const FIRST_CUSTOM_FORMAT_ID = 164;
