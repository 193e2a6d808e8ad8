import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_CATALOG } from '../../server/src/core/catalog';
import { RULES } from '../../server/src/core/rules';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { markdownDescription?: string; default?: unknown }> } };
};
const settings = manifest.contributes.configuration.properties;

describe('the code catalog', () => {
  const codes = Object.keys(CODE_CATALOG);

  it('has a documentation page for every code', () => {
    assert.deepEqual(codes.filter((code) => !existsSync(join(root, 'docs', 'rules', `${code}.md`))), []);
  });

  it('has a vitae.rules.<code> setting for every code, described by the catalog', () => {
    for (const code of codes) {
      const setting = settings[`vitae.rules.${code}`];
      assert.ok(setting, `vitae.rules.${code} is contributed`);
      assert.ok(setting.markdownDescription?.startsWith(CODE_CATALOG[code]!), code);
      assert.equal(setting.default, 'default');
      // The page ships in the extension and opens offline, in the Markdown preview (vitae.showRuleDoc).
      assert.ok(setting.markdownDescription?.endsWith(`[Documentation](command:vitae.showRuleDoc?${encodeURIComponent(JSON.stringify([code]))})`), code);
    }
    const contributed = Object.keys(settings).filter((key) => key.startsWith('vitae.rules.')).map((key) => key.slice('vitae.rules.'.length));
    assert.deepEqual(contributed.sort(), [...codes].sort());
  });

  it('lists every rule', () => {
    assert.deepEqual(RULES.map((rule) => rule.id).filter((id) => !(id in CODE_CATALOG)), []);
  });
});
