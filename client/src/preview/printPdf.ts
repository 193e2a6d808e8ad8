import { loadPdfModule } from '../../../server/src/node/pdfModule';
import type { StandaloneOutcome } from './exportPage';

export type PrintOutcome =
  | { readonly ok: true; readonly pdf: Uint8Array; readonly pages?: number; readonly note?: string }
  | { readonly ok: false; readonly message: string; readonly showSetting: boolean };

/**
 * Prints the standalone page to PDF through a Chrome, Chromium or Edge found on this machine (or
 * `vitae.pdf.browserPath`), with the same printer as `vitae render --pdf` (dist/pdf.js, loaded on first use).
 */
export async function printPdf(page: Extract<StandaloneOutcome, { ok: true }>): Promise<PrintOutcome> {
  const pdf = loadPdfModule();
  const settings = page.settings;
  try {
    const printed = await pdf.printPdfWithLayout(page.html, { ...page.print, ...(settings.browserPath ? { browserPath: settings.browserPath } : {}) });
    const layout = printed.layout;
    return { ok: true, pdf: printed.pdf, ...(layout ? { pages: layout.count } : {}), ...(layout?.note ? { note: layout.note } : {}) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // By name: the printer is another bundle (dist/pdf.js), with its own class objects.
    if (error instanceof Error && error.name === 'BrowserNotFoundError') return { ok: false, message, showSetting: true };
    return { ok: false, message: `The PDF could not be printed: ${message}`, showSetting: settings.browserPath !== '' };
  }
}
