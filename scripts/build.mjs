// Bundles the extension client, the CLI/language server and the test suites with esbuild.
// Type checking is separate (`tsc -p .`); this script only produces runnable JavaScript.
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
};

function testEntries(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...testEntries(path));
    else if (/\.(test|suite|index)\.ts$/.test(name) || name === 'index.ts') out.push(path);
  }
  return out;
}

const contexts = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { vitae: 'server/src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  // The PDF printer (puppeteer-core), loaded only when a PDF is exported: see server/src/node/pdfModule.ts.
  // chromium-bidi serves only WebDriver BiDi, which the printer never asks for (it speaks CDP): left out, it is
  // required only if BiDi ever were, so the package carries 190 KB less.
  { ...common, entryPoints: { pdf: 'server/src/node/pdf.ts' }, outdir: 'dist', external: ['chromium-bidi', 'chromium-bidi/*'] },
  // The paginator, evaluated by the PDF printer inside the page it prints (the preview bundles it into preview.js).
  { ...common, entryPoints: { page: 'server/src/page/main.ts' }, outdir: 'dist', platform: 'browser', target: 'es2022', format: 'iife' },
  // The Word writer (the docx package), loaded only when a .docx is exported: see server/src/node/docxModule.ts.
  { ...common, entryPoints: { docx: 'server/src/node/docx.ts' }, outdir: 'dist' },
  // The preview's webview script runs in the browser (VS Code's webview), with morphdom bundled in.
  { ...common, entryPoints: { preview: 'client/src/preview/webview/main.ts' }, outdir: 'dist', platform: 'browser', target: 'es2022', format: 'iife' },
];
try {
  const e2e = testEntries('test/e2e/suite');
  if (e2e.length) contexts.push({ ...common, entryPoints: e2e, outbase: 'test/e2e/suite', outdir: 'out/e2e', external: ['vscode', 'mocha'] });
  // `npm run bench:editor`: the preview's latency measured inside the real VS Code (test/e2e/bench).
  contexts.push({ ...common, entryPoints: ['test/e2e/bench/index.ts'], outbase: 'test/e2e/bench', outdir: 'out/e2e-bench', external: ['vscode', 'mocha'] });
} catch { /* no e2e suites yet */ }

if (watch) {
  for (const options of contexts) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(contexts.map((options) => esbuild.build(options)));
}
