import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../server/src/core/service';
import { joinLines, source, STRUCTURE_ONLY, textAt } from '../helpers/text';

const service = createLanguageService({ today: () => new Date('2026-11-22T12:00:00Z') });

/** Every feature on the same text: none may throw. */
function everything(text: string): string[] {
  const doc = source(text);
  const end = { line: 0, character: 0 };
  service.complete(doc, end);
  service.hover(doc, end);
  service.documentSymbols(doc);
  service.foldingRanges(doc);
  service.codeActions(doc, { start: end, end });
  return service.lint(doc, STRUCTURE_ONLY).map((d) => `${String(d.code)}: ${d.message}`);
}

describe('bad input', () => {
  it('a YAML error mid-keystroke is reported in plain English at the exact span', () => {
    const text = joinLines('basics:', '  name: "Ada', 'work: []');
    const [diagnostic] = service.lint(source(text), STRUCTURE_ONLY);
    assert.equal(diagnostic?.code, 'yaml-syntax');
    assert.match(diagnostic!.message as string, /missing here, such as a closing quote/);
    assert.doesNotMatch(diagnostic!.message as string, /Missing closing "quote/, 'not the parser text');
  });

  it('tabs used as indentation are pointed at', () => {
    const text = 'basics:\n\tname: Ada';
    const diagnostic = service.lint(source(text), STRUCTURE_ONLY).find((d) => d.code === 'yaml-syntax');
    assert.match(diagnostic!.message as string, /Tabs cannot indent YAML/);
    assert.equal(textAt(text, diagnostic!.range), '\t');
  });

  it('an empty file, a comment-only file and a plain scalar are handled', () => {
    assert.deepEqual(everything(''), []);
    assert.deepEqual(everything('# just a comment'), []);
    assert.deepEqual(everything('hello'), ['type-mismatch: A resume must be a group of fields, not something else. Write its fields indented below it, as "key: value" lines.']);
  });

  it('binary junk gets syntax diagnostics and no exception', () => {
    let junk = '';
    for (let i = 0; i < 20000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    const codes = new Set(everything(junk).map((line) => line.split(':')[0]));
    assert.ok([...codes].every((code) => ['yaml-syntax', 'type-mismatch', 'duplicate-key', 'unknown-key'].includes(code!)), [...codes].join());
  });

  it('an alias bomb (billion laughs) is refused with a clear message', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const messages = everything(levels.join('\n'));
    assert.deepEqual(messages.filter((m) => m.startsWith('alias-limit')), [
      'alias-limit: These aliases (*name) expand to an enormous document, so Vitae cannot check it. Write the values out instead of repeating aliases.',
    ]);
  });

  it('deeply nested flow collections are refused before the parser sees them', () => {
    const messages = everything(`basics: ${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    assert.deepEqual(messages, ['yaml-syntax: Brackets are nested more than 256 levels deep here; Vitae stops checking this file until they are removed.']);
  });

  it('deep block nesting is fine', () => {
    let text = '';
    for (let depth = 0; depth < 2000; depth++) text += `${' '.repeat(depth)}k${depth}:\n`;
    assert.ok(everything(text).length >= 1);
  });

  it('a 10 MB file is not parsed; the author is told why', () => {
    const entries = Array.from({ length: 240_000 }, (_, i) => `  - name: Company number ${i} with a long name`);
    const text = ['work:', ...entries].join('\n');
    assert.ok(text.length > 10_000_000);
    const [message, ...rest] = everything(text);
    assert.match(message!, /^file-too-large: This file is 1\d\.\d MB; Vitae checks resumes up to 1 MB\. Split it or remove the pasted data\.$/);
    assert.deepEqual(rest, []);
  });

  it('hostile keys and values never throw', () => {
    const text = joinLines('__proto__:', '  polluted: true', 'constructor: 1', 'work:', '  - ? [a, b]', '    : c', '  - !!binary aGVsbG8=', '  - *undefined');
    assert.doesNotThrow(() => everything(text));
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });
});
