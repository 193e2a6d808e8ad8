import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_CATALOG } from '../../server/src/core/catalog';
import { ruleDocUri } from '../../server/src/node/ruleDocs';
import { SERVER } from './harness';

// Every link that the extension, the CLI and the SARIF output emit, and every link in the documents they ship, is
// listed here and checked offline: local files exist, anchors name a heading, command links run a contributed
// command, links to the project's repository name a file of this checkout, and any other address is one of the few
// known pages below. No placeholder address anywhere in the repository.

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  repository: { url: string };
  contributes: { commands: Array<{ command: string }> };
};
/** The project's home, from the manifest: links under it must name files that exist in this repository. */
const HOME = manifest.repository.url.replace(/\.git$/, '');
const COMMANDS = new Set(manifest.contributes.commands.map((command) => command.command));
// Spelt in two pieces so that this file does not contain what it looks for.
const PLACEHOLDERS = new RegExp([['vitae', 'dev/vitae'].join('-'), 'github\\.com/(OWNER|USER|your-?(org|name))/', 'example\\.com/vitae'].join('|'), 'i');

/** Addresses outside the project that shipped text links to, each a page that exists (checked by hand). */
const KNOWN_REMOTE = new Set([
  'https://json.schemastore.org/sarif-2.1.0.json', // SARIF's $schema, the value GitHub's documentation uses
  'https://jsonresume.org',
  'https://jsonresume.org/themes',
  'https://semver.org',
  'https://pre-commit.com',
  'https://www.npmjs.com/package/linguist-languages',
  'https://www.npmjs.com/package/simple-icons',
  'http://www.apache.org/licenses/LICENSE-2.0',
]);

interface Link {
  readonly target: string;
  /** The file the link is in (relative links and anchors are resolved against it), or what emitted it. */
  readonly from: string;
}

/** Why `link` leads nowhere, or undefined when it resolves. */
function problem({ target, from }: Link): string | undefined {
  if (PLACEHOLDERS.test(target)) return 'a placeholder address';
  if (target.startsWith('command:')) {
    const [command, query] = target.slice('command:'.length).split('?');
    if (!COMMANDS.has(command!)) return `runs ${command}, which the extension does not contribute`;
    if (command === 'vitae.showRuleDoc') {
      const [code] = JSON.parse(decodeURIComponent(query ?? '[]')) as string[];
      if (!code || !(code in CODE_CATALOG) || !existsSync(join(ROOT, 'docs', 'rules', `${code}.md`))) return `opens the page of "${code}", which does not exist`;
    }
    return undefined;
  }
  if (target.startsWith('file:')) return existsSync(fileURLToPath(target)) ? undefined : 'a file that does not exist';
  if (target.startsWith(HOME)) return homeProblem(target.slice(HOME.length));
  if (/^https?:/.test(target)) return KNOWN_REMOTE.has(target.replace(/\/$/, '')) ? undefined : 'an address outside the project that this test does not know (check it, then add it to KNOWN_REMOTE)';
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return 'an unexpected scheme';
  const [path, anchor] = target.split('#');
  const file = path ? join(dirname(join(ROOT, from)), decodeURIComponent(path)) : join(ROOT, from);
  if (!existsSync(file)) return `${relative(ROOT, file)} does not exist`;
  if (anchor && !headingAnchors(file).has(anchor)) return `${relative(ROOT, file)} has no heading #${anchor}`;
  return undefined;
}

/** A link into the project's repository names a file or folder of this checkout (or the home page, issues). */
function homeProblem(rest: string): string | undefined {
  if (['', '/', '#readme', '.git', '/issues'].includes(rest)) return undefined;
  const match = /^\/(?:blob|tree|raw)\/[^/]+\/(.+)$/.exec(rest);
  if (!match) return `a page of the repository this test cannot check (${rest})`;
  return existsSync(join(ROOT, match[1]!.split('#')[0]!)) ? undefined : `${match[1]} is not in the repository`;
}

/** GitHub's anchors for a Markdown file's headings. */
function headingAnchors(file: string): Set<string> {
  if (!file.endsWith('.md') || statSync(file).isDirectory()) return new Set();
  const text = withoutCode(readFileSync(file, 'utf8'));
  return new Set([...text.matchAll(/^#+\s+(.+)$/gm)].map((m) => m[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\- ]/gu, '').replace(/ /g, '-')));
}

function withoutCode(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** The links of a Markdown text: `[text](target)`, `![alt](target)` and `<https://…>`, outside code. */
function markdownLinks(markdown: string, from: string): Link[] {
  const text = withoutCode(markdown);
  const targets = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!).concat([...text.matchAll(/<(https?:\/\/[^>\s]+)>/g)].map((m) => m[1]!));
  return targets.map((target) => ({ target, from }));
}

/** Every address in a plain text (help output, YAML comments, notices). */
function bareLinks(text: string, from: string): Link[] {
  return [...text.matchAll(/\b(?:https?:|file:\/\/|command:)[^\s)"'`>,]+/g)].map((m) => ({ target: m[0].replace(/[.;:]$/, ''), from }));
}

/** Every string in a JSON value, with its key. */
function strings(value: unknown, key = ''): Array<{ key: string; value: string }> {
  if (typeof value === 'string') return [{ key, value }];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

function manifestLinks(file: string): Link[] {
  const json = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as unknown;
  return strings(json).flatMap(({ value }) => (/^(https?|git\+https?):/.test(value) ? [{ target: value.replace(/^git\+/, ''), from: file }] : markdownLinks(value, file)));
}

const assertResolve = (links: readonly Link[]) => {
  const broken = links.map((link) => ({ ...link, why: problem(link) })).filter((link) => link.why);
  assert.deepEqual(broken.map(({ from, target, why }) => `${from}: ${target}: ${why}`), []);
};

describe('every link resolves', function () {
  this.timeout(60_000);

  it('in the extension manifest: Documentation links open a shipped rule page through a contributed command', () => {
    const links = manifestLinks('package.json');
    assert.equal(links.filter((link) => link.target.startsWith('command:vitae.showRuleDoc?')).length, Object.keys(CODE_CATALOG).length);
    assertResolve(links);
  });

  it('in the npm package manifest', () => {
    assertResolve(manifestLinks('packages/cli/package.json'));
  });

  it("in the server's diagnostics and quick fixes: each code's page is a file that exists", () => {
    const links = Object.keys(CODE_CATALOG).map((code) => ({ target: ruleDocUri(code) ?? `(no page for ${code})`, from: 'codeDescription' }));
    assertResolve(links);
    assertResolve([{ target: `command:vitae.showRuleDoc?${encodeURIComponent(JSON.stringify(['bullet-no-metric']))}`, from: 'Learn about' }]);
  });

  it('in the CLI: its help and its SARIF (schema, rules, locations)', () => {
    const help = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8' }).stdout;
    const lint = spawnSync(process.execPath, [SERVER, 'lint', '--format', 'sarif', 'test/fixtures'], { cwd: ROOT, encoding: 'utf8' });
    const sarif = JSON.parse(lint.stdout) as unknown;
    const all = strings(sarif);
    const uris = all.filter(({ key }) => /uri$/i.test(key) || key === '$schema').map(({ key, value }) => ({ target: value, from: `SARIF ${key}` }));
    assert.ok(uris.some((link) => link.from === 'SARIF uri'), 'the locations are checked');
    const inHelp = all.filter(({ key }) => key === 'markdown').flatMap(({ value }) => markdownLinks(value, 'docs/rules/x.md'));
    assertResolve([...bareLinks(help, 'vitae --help'), ...uris, ...inHelp]);
  });

  it('in the documents that ship: README, CHANGELOG, the rule pages, the npm README, the Action and the hook', () => {
    const shipped = ['README.md', 'CHANGELOG.md', ...Object.keys(CODE_CATALOG).map((code) => `docs/rules/${code}.md`), 'docs/rules/false-alarms.md'];
    const links = shipped.flatMap((file) => markdownLinks(readFileSync(join(ROOT, file), 'utf8'), file));
    assert.ok(links.length > 20);
    const npmReadme = markdownLinks(readFileSync(join(ROOT, 'packages', 'cli', 'README.md'), 'utf8'), 'packages/cli/README.md');
    // npmjs.com shows the README without the repository around it: only absolute links.
    assert.deepEqual(npmReadme.filter((link) => !/^https?:/.test(link.target)).map((link) => link.target), []);
    // THIRD_PARTY_NOTICES quotes other projects' notices as they wrote them; the placeholder scan below covers it.
    const comments = ['action.yml', '.pre-commit-hooks.yaml'].flatMap((file) => bareLinks(readFileSync(join(ROOT, file), 'utf8'), file));
    assertResolve([...links, ...npmReadme, ...comments]);
  });

  it('and no file in the repository holds a placeholder address', () => {
    const files = spawnSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    assert.ok(files.length > 100);
    const holding = files.filter((file) => {
      if (!/\.(md|json|ts|mjs|ya?ml|lua|css|html|txt)$|^[A-Z_]+$/.test(file.split('/').pop()!)) return false;
      return existsSync(join(ROOT, file)) && PLACEHOLDERS.test(readFileSync(join(ROOT, file), 'utf8'));
    });
    assert.deepEqual(holding, []);
  });
});
