/**
 * The two flavours of the file format. Excel's "Strict Open XML Spreadsheet" save
 * names the same parts and elements under other namespaces (purl.oclc.org) and says
 * so in the package's officeDocument relationship type. What this layer adds to a
 * package (a new sheet part, a styles part, a relationship's type) is written in the
 * flavour the file already speaks: transitional parts in a strict package are a mix
 * Excel is not documented to accept.
 */
export interface Dialect {
  /** the spreadsheet elements' namespace */
  main: string;
  /** relationship types' base, and the r: attributes' namespace */
  relationships: string;
}

export const TRANSITIONAL: Dialect = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

export const STRICT: Dialect = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};

/** The flavour the package's officeDocument relationship type names (transitional when there is none). */
export function dialectOf(officeDocumentType: string | undefined): Dialect {
  return officeDocumentType?.startsWith(`${STRICT.relationships}/`) ? STRICT : TRANSITIONAL;
}

/** A template written in transitional terms (NEW_SHEET, EMPTY_STYLES), in the package's flavour. */
export function inDialect(xml: string, d: Dialect): string {
  if (d === TRANSITIONAL) return xml;
  return xml.split(TRANSITIONAL.main).join(d.main).split(TRANSITIONAL.relationships).join(d.relationships);
}
