/**
 * What the catalogue knows, for the command line and the pane: every indicator and
 * sub-indicator with its sources (src/engine/catalogue/listing.ts). No workbook is needed.
 */
export {
  catalogueCsv,
  listCatalogue,
  normaliseNiCode,
  provenanceCounts,
  type ListedIndicator,
  type ListedSource,
} from '../engine/catalogue/listing';
