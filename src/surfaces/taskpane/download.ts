/**
 * Files leave the pane as Blob URLs behind <a download> links: the pane clicks the link once and leaves it
 * on screen, so the officer can click it again where a host blocks the automatic download (Excel desktop
 * on some builds opens the browser instead; Excel on the web downloads directly).
 */
import type { ExportFile } from '../../session/export-files';

export interface Download {
  name: string;
  url: string;
}

export function toDownload(file: ExportFile): Download {
  const part = typeof file.data === 'string' ? file.data : (file.data as BlobPart);
  return { name: file.name, url: URL.createObjectURL(new Blob([part], { type: file.mime })) };
}

export function startDownload(d: Download): void {
  const a = document.createElement('a');
  a.href = d.url;
  a.download = d.name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
