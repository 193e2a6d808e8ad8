import { existsSync } from 'node:fs';
import { join } from 'node:path';

type DocxModule = typeof import('./docx');

/**
 * The Word writer, loaded on first use. In the bundles it is dist/docx.js, built separately so that the `docx`
 * package is parsed only by someone exporting a .docx (not at every server or CLI start); from sources (tests) it is
 * docx.ts.
 */
export function loadDocxModule(): DocxModule {
  const load = require as (id: string) => DocxModule;
  const bundled = join(__dirname, 'docx.js');
  return existsSync(bundled) ? load(bundled) : load(join(__dirname, 'docx'));
}
