/**
 * The workbook's tab list as a plan changes it: sheets added (with a fresh part,
 * relationship id and sheetId), deleted, hidden or shown. Chart sheets and other
 * tabs that are not worksheets keep their place: defined names count positions
 * over all tabs.
 */
import { sheetKey } from '../xlsx/sheet-names';
import { Refusal } from './errors';
import type { PackageParts } from './package-parts';
import { relationshipsOf, type PackageStructure } from './package-structure';
import type { Visibility } from './workbook-part';

export interface Tab {
  name: string;
  visibility: Visibility;
  sheetId: number;
  relId: string;
  /** the worksheet part; undefined for chart and dialog sheets */
  part?: string;
  /** position in the file as read; undefined for tabs the plan adds */
  originalPosition?: number;
  tabColor?: string;
}

export class WorkbookTabs {
  readonly tabs: Tab[];
  readonly deleted: Tab[] = [];
  changed = false;

  constructor(
    private readonly parts: PackageParts,
    private readonly structure: PackageStructure,
  ) {
    const partOf = new Map(structure.sheets.map((s) => [s.position, s.part]));
    this.tabs = structure.info.tabs.map((t, i) => ({ ...t, part: partOf.get(i), originalPosition: i }));
  }

  find(name: string): Tab | undefined {
    const key = sheetKey(name);
    return this.tabs.find((t) => sheetKey(t.name) === key);
  }

  /** The worksheet tab with this name; check-plan has made sure it exists. */
  worksheet(name: string): Tab & { part: string } {
    const tab = this.find(name);
    if (!tab?.part)
      throw new Refusal(`"${name}" is a chart sheet, not a worksheet; the plan cannot write cells there`);
    return tab as Tab & { part: string };
  }

  add(name: string, tabColor: string | undefined): Tab & { part: string } {
    const tab = {
      name,
      visibility: 'visible' as Visibility,
      sheetId: Math.max(0, ...this.tabs.map((t) => t.sheetId), ...this.deleted.map((t) => t.sheetId)) + 1,
      relId: this.freeRelId(),
      part: this.freePart(),
      tabColor,
    };
    this.tabs.push(tab);
    this.changed = true;
    return tab;
  }

  remove(name: string): void {
    const tab = this.worksheet(name);
    if (tab.originalPosition !== undefined) {
      const held = relationshipsOf(this.parts, tab.part).map((r) => r.kind);
      if (held.length > 0) {
        throw new Refusal(
          `deleting sheet "${tab.name}" would lose what it holds (${[...new Set(held)].join(', ')}); only sheets the add-in made are deleted`,
        );
      }
    }
    this.tabs.splice(this.tabs.indexOf(tab), 1);
    if (tab.originalPosition !== undefined) this.deleted.push(tab);
    this.changed = true;
  }

  setVisibility(name: string, visibility: Visibility): void {
    const tab = this.worksheet(name);
    if (tab.visibility === visibility) return;
    tab.visibility = visibility;
    this.changed = true;
  }

  private freeRelId(): string {
    const used = new Set([...this.structure.workbookRels.map((r) => r.id), ...this.tabs.map((t) => t.relId)]);
    let n = 1;
    while (used.has(`rId${n}`)) n++;
    return `rId${n}`;
  }

  private freePart(): string {
    const used = new Set(this.tabs.map((t) => t.part?.toLowerCase()));
    let n = 1;
    while (this.parts.has(`xl/worksheets/sheet${n}.xml`) || used.has(`xl/worksheets/sheet${n}.xml`)) n++;
    return `xl/worksheets/sheet${n}.xml`;
  }
}
