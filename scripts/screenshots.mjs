#!/usr/bin/env node
// `npm run screenshots`: pictures of Vitae as a user sees it, for the README. Starts the `npm start` editor
// (code-server with the packaged .vsix) on test/fixtures, opens messy.resume.yaml in headless Chromium and saves
//   docs/images/editor.png    the resume with Vitae's squiggles and the hover of one problem
//   docs/images/problems.png  the Problems panel listing Vitae's diagnostics
//   docs/images/preview.png   ada.resume.yaml beside its live preview (Ctrl+K V), the cursor's bullet highlighted
//   docs/images/paper.png     the example beside its preview in paper mode: the sheets the PDF will have
//   docs/images/job.png       a job posting beside the example: covered and missing terms, the score's code lens
// `--only=preview`, `--only=paper` or `--only=job` takes only that one.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CACHE, ROOT, killGroup, onExit, privateEnv, startChromium } from './lib/editor.mjs';
import { prepareDemo, startCodeServer } from './lib/demo.mjs';

const folder = join(ROOT, 'test', 'fixtures');
const file = join(folder, 'messy.resume.yaml');
const images = join(ROOT, 'docs', 'images');
const VIEWPORT = { width: 1280, height: 900 };
const log = (message) => console.log(`[screenshots] ${message}`);

const children = [];
let stopEditor = () => {};
const browserDir = mkdtempSync(join(CACHE, 'screenshots-browser-'));
const cleanup = onExit(() => {
  stopEditor();
  for (const child of children) killGroup(child);
  rmSync(browserDir, { recursive: true, force: true });
});

async function shoot(page) {
  mkdirSync(images, { recursive: true });
  const editor = page.locator('.monaco-editor .view-lines').first();
  await editor.waitFor({ timeout: 60_000 });
  // Vitae's diagnostics render as squiggles; waiting for them means the language server has answered.
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });

  // Hover the misspelt key (line 12) so the picture shows a message and its quick fix as well as the squiggles.
  await page.keyboard.press('Control+G');
  await page.keyboard.type('12:7');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  // The hover first says "Checking for quick fixes…"; wait for the answer, and fail if it is not the quick fix.
  const hover = page.locator('.monaco-hover');
  await hover.getByText(/^(Quick Fix|No quick fixes)/).first().waitFor({ timeout: 15_000 });
  if (await hover.getByText(/^No quick fixes/).count()) throw new Error('the hover offers no quick fix for the misspelt key');
  await page.screenshot({ path: join(images, 'editor.png') });
  log('saved docs/images/editor.png');

  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+B'); // hide the Explorer: the Problems panel gets the full width
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.nth(10).waitFor({ timeout: 15_000 });
  await page.screenshot({ path: join(images, 'problems.png') });
  log(`saved docs/images/problems.png (${await rows.count()} rows in the Problems panel)`);
}

/** ada.resume.yaml with its preview to the side, the cursor in a bullet so the preview highlights it. */
async function shootPreview(page, openUrl) {
  mkdirSync(images, { recursive: true });
  await page.setViewportSize({ width: 1600, height: 900 }); // wide enough for both halves to show whole lines
  await page.goto(openUrl(join(folder, 'ada.resume.yaml')));
  const editor = page.locator('.monaco-editor .view-lines').first();
  await editor.waitFor({ timeout: 60_000 });
  await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info').first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Control+B'); // hide the Explorer: editor and preview get half the width each
  await editor.click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type('30:12');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('V');
  // The webview is an iframe in an iframe; wait until the resume and the highlight of the cursor's bullet show.
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await preview.locator('.vitae-resume').waitFor({ timeout: 60_000 });
  await preview.locator('.vitae-active').waitFor({ timeout: 30_000 });
  await preview.locator('.vitae-problem').first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(images, 'preview.png') });
  log('saved docs/images/preview.png');
}

/** A copy of examples/ with paper mode on, the example open beside its preview. */
function paperFolder() {
  const dir = mkdtempSync(join(CACHE, 'screenshots-paper-'));
  copyFileSync(join(ROOT, 'examples', 'resume.yaml'), join(dir, 'resume.yaml'));
  copyFileSync(join(ROOT, 'examples', '.vitaerc.yaml'), join(dir, '.vitaerc.yaml'));
  mkdirSync(join(dir, '.vscode'));
  writeFileSync(join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'vitae.preview.paper': 'on' }));
  return dir;
}

async function shootPaper(page, openUrl, dir) {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(openUrl(join(dir, 'resume.yaml')));
  const editor = page.locator('.monaco-editor .view-lines').first();
  await editor.waitFor({ timeout: 60_000 });
  // Ctrl+K V opens the preview only once the editor knows the file as a resume (the status bar says so).
  await page.locator('.statusbar').getByText('Resume (YAML)').waitFor({ timeout: 60_000 });
  await page.keyboard.press('Control+B');
  await editor.click();
  await page.keyboard.press('Control+K');
  await page.keyboard.press('V');
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  try {
    await preview.locator('body.vitae-paper .vitae-resume').waitFor({ timeout: 60_000 });
    await page.getByText(/Preview resume\.yaml · 1 page/).first().waitFor({ timeout: 30_000 });
  } catch (error) {
    await page.screenshot({ path: join(images, 'paper-failed.tmp.png') });
    throw error;
  }
  await page.screenshot({ path: join(images, 'paper.png') });
  log('saved docs/images/paper.png');
}

/** A copy of the example with a job posting beside it. */
function jobFolder() {
  const dir = mkdtempSync(join(CACHE, 'screenshots-job-'));
  copyFileSync(join(ROOT, 'examples', 'resume.yaml'), join(dir, 'resume.yaml'));
  writeFileSync(join(dir, 'platform.job.md'), [
    '# Senior Platform Engineer — Northwind',
    '',
    '## What you will need',
    '- 5+ years building backend services in Go or Python',
    '- Kubernetes and Terraform in production',
    '- PostgreSQL at scale; Kafka or RabbitMQ',
    '- Observability with Prometheus and Grafana',
    '',
    '## Nice to have',
    '- Rust',
    '- Experience with gRPC',
    '',
  ].join('\n'));
  return dir;
}

async function shootJob(page, openUrl, dir) {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(openUrl(join(dir, 'platform.job.md')));
  const editor = page.locator('.monaco-editor .view-lines').first();
  await editor.waitFor({ timeout: 60_000 });
  await page.keyboard.press('Control+B');
  await page.getByText(/Required: \d+ of \d+ covered/).first().waitFor({ timeout: 60_000 });
  // Hover a missing term (low on the page, so the code lens stays in sight) for what Vitae says about it.
  await page.locator('.monaco-editor .view-line').filter({ hasText: 'gRPC' }).first().getByText('gRPC').hover();
  await page.locator('.monaco-hover').first().waitFor({ timeout: 15_000 }).catch(() => {});
  await page.screenshot({ path: join(images, 'job.png') });
  log('saved docs/images/job.png');
}

const onlyPreview = process.argv.includes('--only=preview');
const onlyPaper = process.argv.includes('--only=paper');
const onlyJob = process.argv.includes('--only=job');

/** Starts the demo editor on `workspace`, hands a fresh page to `work`, and stops the editor again. */
async function withEditor(workspace, endpoint, work) {
  const editor = await startCodeServer(prepareDemo('screenshots'), workspace, { preferredPort: 0 });
  stopEditor = editor.stop;
  const browser = await chromium.connectOverCDP(endpoint);
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await work(await context.newPage(), editor.openUrl);
  } finally {
    await browser.close().catch(() => {});
    editor.stop();
  }
}

try {
  const endpoint = await startChromium(join(browserDir, 'profile'), privateEnv(browserDir), (child) => children.push(child));
  if (onlyJob) {
    const dir = jobFolder();
    await withEditor(dir, endpoint, (page, openUrl) => shootJob(page, openUrl, dir));
  } else if (!onlyPaper) {
    await withEditor(folder, endpoint, async (page, openUrl) => {
      if (!onlyPreview) {
        await page.goto(openUrl(file));
        await shoot(page);
      }
      await shootPreview(page, openUrl);
    });
  }
  if (!onlyPreview && !onlyJob) {
    const dir = paperFolder();
    await withEditor(dir, endpoint, (page, openUrl) => shootPaper(page, openUrl, dir));
  }
  if (!onlyPreview && !onlyPaper && !onlyJob) {
    const dir = jobFolder();
    await withEditor(dir, endpoint, (page, openUrl) => shootJob(page, openUrl, dir));
  }
} catch (error) {
  console.error(`[screenshots] ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  cleanup();
}
