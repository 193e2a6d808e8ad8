// A resume laid out as paper twice, the way a user meets it: in the preview's paper mode (the real webview script
// in headless Chromium) and in the PDF that Export PDF / `vitae render --pdf` writes, read back with poppler's
// pdftotext and pdffonts. Tests and `npm run bench` compare the two.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PaperSummary } from '../../client/src/preview/messages';
import { paperClasses } from '../../client/src/preview/page';
import { designCss, paperLayout, type Design } from '../../server/src/core/design';
import { createLanguageService } from '../../server/src/core/service';
import { standaloneHtml } from '../../server/src/node/export';
import { printPdfWithLayout } from '../../server/src/node/pdf';
import { renderPage } from '../../server/src/node/renderPage';
import { CHROMIUM, openPreview } from './previewPage';

const URI = 'file:///paper-test/resume.yaml';

/** The page body and the effective design for `text`, as `vitae/render` answers. */
export async function renderForPaper(text: string, design: Partial<Design>): Promise<{ html: string; title: string; design: Design }> {
  const source = { uri: URI, version: 1, getText: () => text };
  const result = await renderPage(createLanguageService(), source, { uri: URI, themesAllowed: false }, design);
  if (result.html === undefined || !result.design) throw new Error(`does not render: ${result.problem?.message ?? 'no page'}`);
  return { html: result.html, title: result.title ?? 'Resume', design: result.design };
}

/** The preview's paper mode: the pages it shows once the shipped fonts are in. */
export async function previewPages(browser: Browser, text: string, design: Partial<Design>): Promise<PaperSummary> {
  const page = await renderForPaper(text, design);
  const preview = await openPreview(browser, {
    body: page.html,
    inlineStyles: [designCss(page.design)],
    bodyClasses: paperClasses('on'),
    state: { version: 1, problems: [], persisted: { uri: URI, locked: false }, paper: paperLayout(page.design) },
    viewport: { width: 900, height: 700 },
  });
  try {
    await preview.page.evaluate('document.fonts.ready');
    // A render after the fonts are in, as every keystroke after the first is.
    await preview.send({ type: 'update', version: 2, html: page.html });
    const painted = await preview.painted(2);
    if (!painted.pages) throw new Error('the preview reported no pages in paper mode');
    return painted.pages;
  } finally {
    await preview.close();
  }
}

export interface PrintedPages {
  readonly count: number;
  /** The text of each page, as a reader (or an applicant-tracking system) extracts it. */
  readonly texts: readonly string[];
  /** Every font the PDF embeds, by its PostScript name. */
  readonly fonts: readonly string[];
  readonly note?: string;
}

/** The PDF that Export PDF writes for `text`, read back page by page. */
export async function printedPages(text: string, design: Partial<Design>): Promise<PrintedPages> {
  const page = await renderForPaper(text, design);
  const html = standaloneHtml({ html: page.html, title: page.title, design: page.design });
  const printed = await printPdfWithLayout(html, { browserPath: CHROMIUM, paper: page.design.paper === 'Letter' ? 'letter' : 'a4', layout: paperLayout(page.design) });
  const folder = mkdtempSync(join(tmpdir(), 'vitae-paper-'));
  try {
    const file = join(folder, 'resume.pdf');
    writeFileSync(file, printed.pdf);
    const texts = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
      .filter(Boolean);
    return { count: texts.length, texts, fonts, ...(printed.layout?.note ? { note: printed.layout.note } : {}) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Letters and digits only, lower case: how two renderings of the same line are compared. */
export function letters(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}
