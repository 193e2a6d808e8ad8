#!/usr/bin/env node
// `npm start`: Vitae in a real VS Code in your browser, no desktop VS Code needed. Builds and packages the
// extension, installs it into the cached code-server, opens a fresh copy of examples/resume.yaml (in
// .vscode-test/demo/workspace, so the demo's edits never touch the clone) and runs until Ctrl+C.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, onExit } from './lib/editor.mjs';
import { demoWorkspace, prepareDemo, startCodeServer } from './lib/demo.mjs';

const examples = join(ROOT, 'examples');
if (!existsSync(join(examples, 'resume.yaml'))) {
  console.error(`${join(examples, 'resume.yaml')} is missing.`);
  process.exit(1);
}

try {
  const profile = prepareDemo('demo');
  const folder = demoWorkspace(profile, examples);
  const file = join(folder, 'resume.yaml');
  const editor = await startCodeServer(profile, folder);
  onExit(() => {
    editor.stop();
    console.log('\n[vitae] stopped the editor.');
  });
  editor.child.once('exit', (code, signal) => {
    console.error(`[vitae] code-server exited (${code ?? signal}):\n${editor.output().slice(-3000)}`);
    process.exit(1);
  });

  console.log(`
  Vitae is running in VS Code at ${editor.url}

  This address opens a copy of examples/resume.yaml (your edits stay in the copy; each run starts afresh):
  ${editor.openUrl(file)}

  Press Ctrl+C to stop.
`);
} catch (error) {
  console.error(`[vitae] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
