import { existsSync } from 'node:fs';
import { join } from 'node:path';

type PdfModule = typeof import('./pdf');

/**
 * The PDF printer, loaded on first use. In the bundles it is dist/pdf.js, built separately so that puppeteer-core
 * is parsed only by someone exporting a PDF (not at every server or CLI start); from sources (tests) it is pdf.ts.
 */
export function loadPdfModule(): PdfModule {
  const load = require as (id: string) => PdfModule;
  const bundled = join(__dirname, 'pdf.js');
  return existsSync(bundled) ? load(bundled) : load(join(__dirname, 'pdf'));
}
