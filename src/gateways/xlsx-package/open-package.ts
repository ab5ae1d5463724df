/**
 * An .xlsx or .xlsm held as its zip parts, with the WorkbookGateway the surfaces
 * use: readSnapshot() streams what the engine needs; apply(plan) patches only the
 * parts the plan touches; save() returns the new package, every other part copied
 * byte for byte.
 */
import type { WritePlan } from '../../engine/model/plan';
import type { WorkbookSnapshot } from '../../engine/model/snapshot';
import type { WorkbookGateway } from '../gateway';
import { sniffWorkbookBytes } from '../xlsx/sniff';
import { UnusableWorkbookError } from './errors';
import { type PackageLimits, withDefaults } from './limits';
import { PackageParts } from './package-parts';
import { readStructure } from './package-structure';
import { SnapshotReader } from './read-snapshot';
import { applyPlanToPackage } from './apply-plan';

export interface PackageWorkbook {
  gateway: WorkbookGateway;
  /** the package as it is now, every part the plans did not touch exactly as it came in */
  save(): Uint8Array;
  /** names of the parts, in zip order (for tests and diagnostics) */
  partNames(): string[];
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * Opens the package, or throws an UnusableWorkbookError with one line saying why
 * (not a workbook, password-protected, damaged, over a limit).
 */
export function openPackage(
  bytes: Uint8Array,
  name: string,
  limits?: Partial<PackageLimits>,
): PackageWorkbook {
  const unusable = sniffWorkbookBytes(bytes, name);
  // sniffing looks for "xl/workbook.xml" by name; a zip that names its workbook otherwise is judged by its relationships
  if (unusable && !(unusable.reason === 'corrupt' && isZip(bytes))) throw unusable;
  let parts = PackageParts.fromZip(bytes, name, withDefaults(limits));
  try {
    readStructure(parts);
  } catch (e) {
    throw unusable ?? e;
  }
  const reader = new SnapshotReader();
  const gateway: WorkbookGateway = {
    readSnapshot: async (): Promise<WorkbookSnapshot> => reader.read(parts, name),
    apply: async (plan: WritePlan): Promise<void> => {
      parts = applyPlanToPackage(parts, plan, (part) => reader.mergesOf(parts, part));
    },
  };
  return { gateway, save: () => parts.toZip(), partNames: () => parts.names() };
}

export { UnusableWorkbookError };
