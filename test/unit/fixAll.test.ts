// Fix All (the editor's "Fix All", `source.fixAll.vitae` on save, `vitae lint --fix`): every problem whose fix needs no
// one's judgement is fixed at once, and nothing else is touched.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPair, isScalar, Lexer, parseDocument, visit } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core/service';

const ROOT = join(__dirname, '..', '..');
const service = createLanguageService({ today: () => new Date('2026-11-22T12:00:00Z') });
let version = 0;
const sourceOf = (text: string, uri = 'file:///fix-all/resume.yaml') => ({ uri, version: ++version, getText: () => text });

/** The text after one Fix All. */
function fixedOnce(text: string, uri?: string): string {
  const source = sourceOf(text, uri);
  return TextDocument.applyEdits(TextDocument.create(source.uri, 'yaml', source.version, text), service.fixAll(source));
}

// As YAML reads them: a line of a quoted string that starts with "#" ("#1 on the App Store") is no comment.
const commentsOf = (text: string): string[] => [...new Lexer().lex(text)].filter((token) => token.startsWith('#')).map((token) => token.trim());

function keysOf(text: string): string[] {
  const keys: string[] = [];
  visit(parseDocument(text), {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key)) keys.push(String(pair.key.value));
    },
  });
  return keys;
}

const codes = (diagnostics: readonly Diagnostic[]): string[] => [...new Set(diagnostics.map((d) => String(d.code)))].sort();

describe('Fix All', () => {
  const messy = readFileSync(join(ROOT, 'test', 'fixtures', 'messy.resume.yaml'), 'utf8');

  it('fixes every problem with one right answer: a URL\'s scheme, a network\'s and a technology\'s spelling, an ISO date, a number as text', () => {
    const fixed = fixedOnce(messy);
    const changed = fixed.split('\n').filter((line, index) => line !== messy.split('\n')[index]).map((line) => line.replace(/\s+#.*$/, '').trim());
    assert.deepEqual(changed, ['url: https://www.samrivera.example', '- network: GitHub', '- JavaScript', '- TypeScript', 'startDate: 2015-06', 'fluency: "7"']);
  });

  it('leaves what needs a person: a key\'s likely name, another name for a technology, a duplicate, the wording of a bullet', () => {
    const left = codes(service.lint(sourceOf(fixedOnce(messy))));
    for (const code of ['unknown-key', 'tech-name', 'duplicate-keyword', 'bullet-weak-opener', 'bullet-no-metric']) assert.ok(left.includes(code), `${code} is left: ${left.join(', ')}`);
    assert.ok(!left.includes('invalid-url') && !left.includes('network-spelling') && !left.includes('type-mismatch'), left.join(', '));
    assert.deepEqual(service.fixAll(sourceOf(fixedOnce(messy))), [], 'nothing left for a second Fix All');
  });

  it('is offered beside a problem it fixes, as "Fix all auto-fixable problems (6)", and not beside one it leaves', () => {
    const diagnostics = service.lint(sourceOf(messy));
    const javascript = diagnostics.find((d) => d.code === 'tech-name' && String(d.message).startsWith('"Javascript"'))!;
    const k8s = diagnostics.find((d) => d.code === 'tech-name' && String(d.message).startsWith('"k8s"'))!;
    const titles = (d: Diagnostic): string[] => service.codeActions(sourceOf(messy), d.range).map((action) => action.title);
    assert.deepEqual(titles(javascript), ['Change to JavaScript', 'Fix all auto-fixable problems (6)']);
    assert.ok(!titles(k8s).some((title) => title.startsWith('Fix all')), titles(k8s).join(', '));
    const action = service.codeActions(sourceOf(messy), javascript.range).at(-1)!;
    assert.equal(action.kind, CodeActionKind.QuickFix);
    assert.equal(action.edit?.changes?.['file:///fix-all/resume.yaml']?.length, 6);
  });

  it('keeps every comment and key, in order, on every resume we have, and leaves nothing to fix again', function () {
    // Every resume we have, the judged ones too, whose number grows with each judged set.
    this.timeout(300_000);
    const files = [
      ...readdirSync(join(ROOT, 'test', 'fixtures')).filter((name) => name.endsWith('.yaml')).map((name) => join('test', 'fixtures', name)),
      ...readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.yaml')).map((name) => join('examples', name)),
      ...readdirSync(join(ROOT, 'test', 'fixtures', 'judged')).filter((name) => name.endsWith('.judged.yaml')).map((name) => join('test', 'fixtures', 'judged', name)),
    ];
    let fixedFiles = 0;
    for (const file of files) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const uri = `file:///fix-all/${file}`;
      const fixed = fixedOnce(text, uri);
      if (fixed === text) continue;
      fixedFiles++;
      assert.deepEqual(parseDocument(fixed).errors.length, parseDocument(text).errors.length, `${file}: parses as before`);
      assert.deepEqual(commentsOf(fixed), commentsOf(text), `${file}: comments kept`);
      assert.deepEqual(keysOf(fixed), keysOf(text), `${file}: keys kept, in order`);
      const errors = (t: string): number => service.lint(sourceOf(t, uri)).filter((d) => d.severity === DiagnosticSeverity.Error).length;
      assert.ok(errors(fixed) <= errors(text), `${file}: no new error`);
      assert.deepEqual(service.fixAll(sourceOf(fixed, uri)), [], `${file}: a second Fix All has nothing left`);
    }
    assert.ok(fixedFiles >= 20, `Fix All changed ${fixedFiles} resumes`);
  });
});
