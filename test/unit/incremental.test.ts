import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNode, visit } from 'yaml';
import { parseResume, type ResumeDocument } from '../../server/src/core/document';
import { reparse } from '../../server/src/core/incremental';
import { Caches } from '../../server/src/core/caches';
import { lint } from '../../server/src/core/lint';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
const today = new Date('2026-11-22T12:00:00Z');
// Kept across lints, as a language service keeps them.
const caches = new Caches();

/** Every node's range and value, in document order: what the rules can see of the tree. */
function shape(doc: ResumeDocument): string[] {
  const out: string[] = [];
  visit(doc.yaml, (_key, node) => {
    if (isNode(node)) out.push(`${node.range?.slice(0, 2).join('-')}:${JSON.stringify((node as { value?: unknown }).value ?? null)}`);
  });
  return out;
}

/** Applies `edit` incrementally and in full, and checks both give the same tree and the same diagnostics. */
function same(before: string, after: string): boolean {
  const previous = parseResume('file:///r.yaml', 1, before);
  lint(previous, { today }, caches); // so that what the patched document may reuse from it is in the caches
  const patched = reparse(previous, 'file:///r.yaml', 2, after);
  if (!patched) return false;
  const full = parseResume('file:///r.yaml', 2, after);
  assert.deepEqual(shape(patched), shape(full), `tree after editing to:\n${after}`);
  assert.deepEqual(lint(patched, { today }, caches), lint(full, { today }, caches));
  return true;
}

describe('re-parsing only what a keystroke changed', () => {
  const base = ['work:', '  - name: Acme   # first job', '    summary: "Payments, \\"fast\\""', '    highlights:', '      - Built the API', "      - 'Cut cost by 10%'", '  - name: Globex', ''].join('\n');

  it('patches typing inside a bullet, at its start and at its end', () => {
    assert.ok(same(base, base.replace('Built the API', 'Built the new API')));
    assert.ok(same(base, base.replace('Built the API', 'XBuilt the API')));
    assert.ok(same(base, base.replace('Built the API', 'Built the APIs')));
    assert.ok(same(base, base.replace('Built the API', 'Built')));
  });

  it('patches typing after a space at the end of a bullet, and inside quotes', () => {
    const spaced = base.replace('Built the API', 'Built the API ');
    assert.ok(same(spaced, spaced.replace('Built the API ', 'Built the API f')));
    assert.ok(same(base, base.replace("'Cut cost by 10%'", "'Cut cost by 12%'")));
    assert.ok(same(base, base.replace('Payments, ', 'Payments and more, ')));
    assert.ok(same(base, base.replace('name: Acme', 'name: Acme Corp')), 'before a comment');
  });

  it('handles Windows line endings', () => {
    const crlf = base.replace(/\n/g, '\r\n');
    assert.ok(same(crlf, crlf.replace('Built the API', 'Built the APIs')));
    const spaced = crlf.replace('Built the API', 'Built the API ');
    assert.ok(same(spaced, spaced.replace('Built the API ', 'Built the API x')));
  });

  it('re-validates an edited email or URL, whose format the schema checks', () => {
    const contact = ['basics:', '  email: ada@example.com', '  url: https://ada.example', ''].join('\n');
    assert.ok(same(contact, contact.replace('ada@example.com', 'ada@example')));
    assert.ok(same(contact, contact.replace('https://ada', 'ada')));
  });

  it('falls back to a full parse when the structure may change', () => {
    const cases = [
      base.replace('Built the API', 'Built: the API'),
      base.replace('Built the API', 'Built the API #todo'),
      base.replace('Built the API', '42'),
      base.replace('Built the API', 'true'),
      base.replace('highlights', 'highlight'),
      base.replace('Built the API', 'Built the\n      API'),
      base.replace("'Cut cost by 10%'", "'Cut cost' by 10%'"),
      base.replace('Built the API', ''),
    ];
    for (const after of cases) assert.equal(reparse(parseResume('file:///r.yaml', 1, base), 'file:///r.yaml', 2, after), undefined, after);
  });

  it('agrees with a full parse for every single-character edit of the example resumes', () => {
    for (const name of ['ada.resume.yaml', 'messy.resume.yaml']) {
      const text = fixture(name);
      let patched = 0;
      for (let at = 0; at < text.length; at += 13) {
        for (const after of [text.slice(0, at) + 'x' + text.slice(at), text.slice(0, at) + text.slice(at + 1), text.slice(0, at) + ' ' + text.slice(at)]) {
          if (same(text, after)) patched++;
        }
      }
      assert.ok(patched > 40, `${name}: ${patched} edits took the fast path`);
    }
  });
});
