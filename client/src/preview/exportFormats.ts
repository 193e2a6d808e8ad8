/**
 * The formats "Vitae: Export…" offers, in the order of its quick pick. Each has its own command too
 * (`vitae.exportHtml`, …); a new format is one entry here and its command.
 */
export interface ExportFormat {
  readonly id: 'html' | 'pdf' | 'txt' | 'md' | 'docx';
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
  { id: 'txt', command: 'vitae.exportText', label: 'Plain text', detail: 'What an applicant-tracking system reads: one column, every link written out.', filter: { name: 'Plain text', extensions: ['txt'] } },
  { id: 'md', command: 'vitae.exportMarkdown', label: 'Markdown', detail: 'Headings, bullets and links, for a README or a site.', filter: { name: 'Markdown', extensions: ['md'] } },
  { id: 'docx', command: 'vitae.exportDocx', label: 'Word (DOCX)', detail: 'For forms that ask for a .docx: real Word bullets and headings.', filter: { name: 'Word document', extensions: ['docx'] } },
];

export function exportFormat(id: string | undefined): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}
