import { loadPdfModule } from '../../../server/src/node/pdfModule';
import type { PreviewSettings } from './settings';

export type PrintOutcome =
  | { readonly ok: true; readonly pdf: Uint8Array }
  | { readonly ok: false; readonly message: string; readonly showSetting: boolean };

/**
 * Prints the standalone page to PDF through a Chrome, Chromium or Edge found on this machine (or
 * `vitae.pdf.browserPath`), with the same printer as `vitae render --pdf` (dist/pdf.js, loaded on first use).
 */
export async function printPdf(html: string, settings: PreviewSettings): Promise<PrintOutcome> {
  const pdf = loadPdfModule();
  try {
    const bytes = await pdf.printPdf(html, {
      ...(settings.browserPath ? { browserPath: settings.browserPath } : {}),
      paper: settings.paper === 'Letter' ? 'letter' : 'a4',
    });
    return { ok: true, pdf: bytes };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // By name: the printer is another bundle (dist/pdf.js), with its own class objects.
    if (error instanceof Error && error.name === 'BrowserNotFoundError') return { ok: false, message, showSetting: true };
    return { ok: false, message: `The PDF could not be printed: ${message}`, showSetting: settings.browserPath !== '' };
  }
}
