import type { AirgapApi } from '../../electron/contract';

/** The desktop bridge from the preload, or undefined when the renderer runs in a plain browser. */
export function desktopApi(): AirgapApi | undefined {
  return (window as unknown as { airgap?: AirgapApi }).airgap;
}

/**
 * Saves text as a file through the browser's download path; in Electron that opens the native save dialog.
 * The blob URL stays on this machine: nothing is uploaded.
 */
export function downloadText(fileName: string, text: string, type = 'text/markdown'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the download reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Puts text on the clipboard: through the main process in Electron (its renderer has no clipboard permission). */
export async function copyText(text: string): Promise<void> {
  const api = desktopApi();
  if (api) await api.copyText(text);
  else await navigator.clipboard.writeText(text);
}
