#!/usr/bin/env node
// `npm start`: Vitae in a real VS Code in your browser, no desktop VS Code needed. Builds and packages the
// extension, installs it into the cached code-server, opens examples/resume.yaml and runs until Ctrl+C.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, onExit } from './lib/editor.mjs';
import { prepareDemo, startCodeServer } from './lib/demo.mjs';

const folder = join(ROOT, 'examples');
const file = join(folder, 'resume.yaml');
if (!existsSync(file)) {
  console.error(`${file} is missing.`);
  process.exit(1);
}

try {
  const profile = prepareDemo('demo');
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

  This address opens examples/resume.yaml directly:
  ${editor.openUrl(file)}

  Press Ctrl+C to stop.
`);
} catch (error) {
  console.error(`[vitae] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
