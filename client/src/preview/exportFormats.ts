/**
 * The formats "Vitae: Export…" offers, in the order of its quick pick. Each has its own command too
 * (`vitae.exportHtml`, …); a new format is one entry here and one branch in commands.ts.
 */
export interface ExportFormat {
  readonly id: 'html' | 'pdf';
  /** The command that exports in this format (it takes the resume's URI and the file to write, both optional). */
  readonly command: string;
  readonly label: string;
  readonly detail: string;
  /** The save dialog's filter. */
  readonly filter: { readonly name: string; readonly extensions: readonly string[] };
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'html', command: 'vitae.exportHtml', label: 'HTML', detail: 'One self-contained web page: opens in any browser, runs nothing, fetches nothing.', filter: { name: 'HTML page', extensions: ['html', 'htm'] } },
  { id: 'pdf', command: 'vitae.exportPdf', label: 'PDF', detail: 'Printed by the Chrome, Chromium or Edge on this machine (vitae.pdf.browserPath).', filter: { name: 'PDF document', extensions: ['pdf'] } },
];

export function exportFormat(id: string | undefined): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}
