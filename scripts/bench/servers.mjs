// The two servers under comparison and the settings each is given through `workspace/configuration`.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** The JSON Resume schema from node_modules, as a file URL: yaml-language-server reads it from disk, never the web. */
export const SCHEMA_URL = pathToFileURL(require.resolve('@jsonresume/schema/schema.json')).href;

export const vitae = {
  name: 'vitae',
  args: ['dist/vitae.js', 'server', '--stdio'],
  languageId: 'resume-yaml',
  settings: (section) => (section === 'vitae' ? {} : null),
};

export const yamlLanguageServer = {
  name: 'yaml-language-server',
  args: [require.resolve('yaml-language-server/bin/yaml-language-server'), '--stdio'],
  languageId: 'yaml',
  settings(section) {
    if (section !== 'yaml') return section === 'http' ? { proxy: '', proxyStrictSSL: false } : {};
    return {
      validate: true,
      completion: true,
      hover: true,
      format: { enable: false },
      // Off, or the server downloads the schemastore.org catalogue on start.
      schemaStore: { enable: false },
      schemas: { [SCHEMA_URL]: ['*.yaml'] },
    };
  },
};

/**
 * The text both servers see. Resumes may carry a `yaml-language-server: $schema=` modeline pointing at the web;
 * yaml-language-server would fetch it, so it is pointed at the same local schema copy (Vitae ignores modelines).
 */
export function benchText(text) {
  const modeline = `# yaml-language-server: $schema=${SCHEMA_URL}`;
  return /^# yaml-language-server: \$schema=/.test(text) ? text.replace(/^.*$/m, modeline) : `${modeline}\n${text}`;
}
