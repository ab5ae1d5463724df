export const BUDGET_BYTES: number;
export function firstLoadAssets(html: string): string[];
export function gzipSize(content: Buffer | string): number;
export function measurePage(
  distDir: string,
  page: string,
): { files: { file: string; bytes: number; gzip: number }[]; totalGzip: number };
