import { markdown, plainText } from '../core/export/index';
import type { ResumeLanguageService, TextSource } from '../core/service';
import type { ExportFormat } from '../protocol';
import { loadDocxModule } from './docxModule';

export type ExportedDocument =
  | { readonly version: number; readonly text: string }
  | { readonly version: number; readonly bytes: Uint8Array }
  | { readonly version: number; readonly problem: { readonly message: string; readonly line: number } };

/**
 * One document version as plain text, Markdown or a Word document, for `vitae/export` and `vitae render --format`.
 * Read from the parse the service already holds; the Word writer (dist/docx.js) is loaded only when asked for.
 */
export async function exportDocument(service: ResumeLanguageService, source: TextSource, format: ExportFormat): Promise<ExportedDocument> {
  const model = service.exportModel(source);
  const version = model.version;
  if (!model.ok) return { version, problem: model.problem };
  if (format === 'txt') return { version, text: plainText(model.resume) };
  if (format === 'md') return { version, text: markdown(model.resume) };
  return { version, bytes: await loadDocxModule().docxBytes(model.resume) };
}
