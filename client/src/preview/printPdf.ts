import type { PreviewSettings } from './settings';

export type PrintOutcome =
  | { readonly ok: true; readonly pdf: Uint8Array }
  | { readonly ok: false; readonly message: string; readonly showSetting: boolean };

/** Prints the standalone page to PDF through a Chromium-family browser on this machine (the server's pdf module). */
export async function printPdf(html: string, settings: PreviewSettings): Promise<PrintOutcome> {
  void html;
  void settings;
  return { ok: false, message: 'PDF export is not wired yet.', showSetting: false };
}
