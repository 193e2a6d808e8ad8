// Entry point that VS Code's extension host calls (`--extensionTestsPath`): runs every compiled `*.test.js`
// beside this file with Mocha and rejects if any test fails, which makes VS Code exit with code 1.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // VITAE_E2E_GREP=<text> runs only the tests whose titles contain it (for iterating on one feature).
  const grep = process.env.VITAE_E2E_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, ...(grep ? { grep } : {}) });
  const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort(); // activation.test.js runs first: it checks that nothing activated the extension before.
  for (const file of files) mocha.addFile(join(__dirname, file));

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      // A closing line that CI recognises whatever the reporter prints.
      console.log(`e2e: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
      if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
      else resolve();
    });
  });
}
