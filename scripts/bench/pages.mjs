// `node --import tsx scripts/bench/pages.mjs` (the last part of `npm run bench`): the printed page, measured as a
// reader would judge it. Every fixture printed to PDF with the default design (and the example with its own
// .vitaerc.yaml), on A4 and Letter: words, pages, how full each page is, the fewest words on a page, and whether it
// meets the targets — pages ≤ ceil(words / 550), no page under 40 words, no page but the last ending above 60%.
// Pages are counted in the PDF itself (pdfinfo), not taken from the paginator's word.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseProjectConfig } from '../../server/src/core/config.ts';
import { paperLayout } from '../../server/src/core/design.ts';
import { createLanguageService } from '../../server/src/core/service.ts';
import { standaloneHtml } from '../../server/src/node/export.ts';
import { renderPage } from '../../server/src/node/renderPage.ts';

// The printer as the CLI and the extension load it: the bundle (npm run build), which finds dist/page.js beside it.
const { printPdfWithLayout } = createRequire(import.meta.url)('../../dist/pdf.js');

const files = [
  'examples/resume.yaml',
  ...readdirSync('test/fixtures').filter((name) => name.endsWith('.resume.yaml')).map((name) => `test/fixtures/${name}`),
  ...readdirSync('test/fixtures/samples').filter((name) => name.endsWith('.yaml')).map((name) => `test/fixtures/samples/${name}`),
  'test/fixtures/render/sample.yaml',
];

const folder = mkdtempSync(join(tmpdir(), 'vitae-pages-'));
const rows = [];
try {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const rc = join(dirname(file), '.vitaerc.yaml');
    const own = existsSync(rc) ? parseProjectConfig(readFileSync(rc, 'utf8')).design : undefined;
    for (const [label, design] of own ? [['default', {}], ['.vitaerc.yaml', own]] : [['default', {}]]) {
      for (const paper of ['A4', 'Letter']) {
        const uri = 'file:///bench/resume.yaml';
        const page = await renderPage(createLanguageService(), { uri, version: 1, getText: () => text }, { uri, themesAllowed: false }, { ...design, paper });
        const html = standaloneHtml({ html: page.html, title: page.title, design: page.design });
        const started = performance.now();
        const printed = await printPdfWithLayout(html, { paper: paper === 'Letter' ? 'letter' : 'a4', layout: paperLayout(page.design) });
        const ms = performance.now() - started;
        const pdf = join(folder, 'resume.pdf');
        writeFileSync(pdf, printed.pdf);
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
        const layout = printed.layout;
        const words = layout.words.reduce((a, b) => a + b, 0);
        const target = Math.max(1, Math.ceil(words / 550));
        const earlyEnd = layout.fill.slice(0, -1).some((fill) => fill < 0.6);
        const fewest = Math.min(...layout.words);
        const ok = pages <= target && fewest >= 40 && !earlyEnd && pages === layout.count;
        rows.push({ file, label, paper, words, pages, target, fill: layout.fill.map((f) => `${Math.round(f * 100)}%`).join(' '), fewest, ok, note: layout.note ?? '', ms });
      }
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

console.log('\n## The printed page: PDF of each fixture (words, pages counted by pdfinfo, fill of each page)\n');
console.log('| file | design | paper | words | pages | ≤ ceil(words/550) | fill of each page | fewest words on a page | print, ms | verdict | fitting |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(`| ${r.file} | ${r.label} | ${r.paper} | ${r.words} | ${r.pages} | ${r.target} | ${r.fill} | ${r.fewest} | ${Math.round(r.ms)} | ${r.ok ? 'meets' : 'MISSES'} | ${r.note} |`);
}
const met = rows.filter((r) => r.ok).length;
console.log(`\n${met} of ${rows.length} printed resumes meet every target.`);
