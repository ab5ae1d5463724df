import { createRoot } from 'react-dom/client';
import { WorkbenchApp } from './WorkbenchApp';

/** ?sample=1 opens the bundled sample plan, served beside this page. */
async function initialWorkbook(
  params: URLSearchParams,
): Promise<{ bytes: ArrayBuffer; name: string } | null> {
  if (params.get('sample') !== '1') return null;
  const response = await fetch('sample-plan.xlsx');
  if (!response.ok) throw new Error(`sample-plan.xlsx could not be loaded (${response.status})`);
  return { bytes: await response.arrayBuffer(), name: 'sample-plan.xlsx' };
}

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const initial = await initialWorkbook(params).catch((e: unknown) => {
    console.error(e);
    return null;
  });
  const container = document.getElementById('root');
  if (container) {
    createRoot(container).render(<WorkbenchApp initial={initial} dark={params.get('theme') === 'dark'} />);
  }
}

void main();
