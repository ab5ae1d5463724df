/**
 * A workbook file as the command line uses it: opened once, read and written through the gateway by a
 * session, then saved (to a temporary file renamed over the destination, see write.ts).
 */
import type { WorkbookGateway } from '../gateway';
import type { WorkbookSnapshot } from '../../engine/model/snapshot';
import { createXlsxGateway } from './gateway';
import { readWorkbookFile } from './read';
import { writeWorkbook } from './write';

export interface WorkbookFile {
  /** the file's name, for reports */
  name: string;
  gateway: WorkbookGateway;
  /** writes the workbook as it now stands */
  save(path: string): Promise<void>;
}

export async function openWorkbookFile(path: string): Promise<WorkbookFile> {
  const { snapshot, workbook } = await readWorkbookFile(path);
  const inner = createXlsxGateway(workbook, snapshot.name);
  // opening already read the workbook: that snapshot serves until the first write changes it
  let unchanged: WorkbookSnapshot | null = snapshot;
  const gateway: WorkbookGateway = {
    readSnapshot: async () => unchanged ?? inner.readSnapshot(),
    apply: async (plan) => {
      unchanged = null;
      await inner.apply(plan);
    },
  };
  return { name: snapshot.name, gateway, save: (to) => writeWorkbook(workbook, to) };
}
