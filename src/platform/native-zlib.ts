/**
 * Node's own zlib where the host has one: C, about five times fflate's speed both
 * ways on a sheet (the .xlsx file layer) and on the Word paper's chart pictures.
 * Reached through process.getBuiltinModule (Node 20.16+), never a static import, so
 * a browser bundle neither asks for it nor breaks; without it the callers use fflate.
 */
export type NodeZlib = typeof import('node:zlib');

function find(): NodeZlib | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  if (typeof proc?.getBuiltinModule !== 'function') return null;
  const zlib = proc.getBuiltinModule('node:zlib') as NodeZlib | undefined;
  return zlib && typeof zlib.inflateRawSync === 'function' && typeof zlib.deflateRawSync === 'function'
    ? zlib
    : null;
}

export const nodeZlib: NodeZlib | null = find();
