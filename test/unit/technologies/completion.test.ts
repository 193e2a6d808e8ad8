import { strict as assert } from 'node:assert';
import type { CompletionItem } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/core/service';
import type { ExtraTechnology } from '../../../server/src/core/technologies/extras';
import { techIndex } from '../../../server/src/core/technologies/vocabulary';
import { NICHE_RANK } from '../../../server/src/core/technologies/vocabulary.generated';
import { joinLines, source, withCursor } from '../../helpers/text';

const service = createLanguageService();

function itemsAt(marked: string, extra?: ExtraTechnology[]): CompletionItem[] {
  const { text, position } = withCursor(marked);
  return service.complete(source(text), position, extra ? { technologies: { extra } } : {}).items;
}

const labels = (marked: string, extra?: ExtraTechnology[]): string[] => itemsAt(marked, extra).map((item) => item.label);
const keywords = (...lines: string[]): string => joinLines('skills:', '  - name: Cloud', '    keywords:', ...lines);

describe('technology completion', () => {
  it('offers Kubernetes first for "Kube" in a keywords list, replacing the typed word with the canonical name', () => {
    const items = itemsAt(keywords('      - Docker', '      - Kube$|$'));
    assert.equal(items[0]!.label, 'Kubernetes');
    assert.equal(items[0]!.detail, 'devops');
    assert.deepEqual(items[0]!.textEdit, { range: { start: { line: 4, character: 8 }, end: { line: 4, character: 12 } }, newText: 'Kubernetes' });
  });

  it('matches aliases and letters in order: pgsql → PostgreSQL, nodejs → Node.js, golang → Go', () => {
    assert.equal(labels(keywords('      - pgsql$|$'))[0], 'PostgreSQL');
    assert.equal(labels(keywords('      - nodejs$|$'))[0], 'Node.js');
    assert.equal(labels(keywords('      - golang$|$'))[0], 'Go');
    assert.ok(labels(keywords('      - tfrm$|$')).includes('Terraform'), 'fuzzy: tfrm → Terraform');
  });

  it('reaches a name through one slip in the typing: Symp → Symfony, JUin → JUnit, Inlf → InfluxDB', () => {
    assert.ok(labels(keywords('      - Symp$|$')).includes('Symfony'));
    assert.ok(labels(keywords('      - JUin$|$')).includes('JUnit'));
    assert.ok(labels(keywords('      - Inlf$|$')).includes('InfluxDB'));
    // After the names the letters do reach: "Reac" offers React first, not a slip's "Redux".
    assert.equal(labels(keywords('      - Reac$|$'))[0], 'React');
  });

  it('offers the name for a name typed with its version or its ".js": PHP7 → PHP, C++17 → C++, KoaJ → Koa', () => {
    assert.deepEqual(labels(keywords('      - PHP7$|$')), ['PHP']);
    assert.deepEqual(labels(keywords('      - C++17$|$')), ['C++']);
    assert.deepEqual(labels(keywords('      - KoaJ$|$')), ['Koa']);
  });

  it('offers first, among names alike, what the resume\'s bullets name: "Open" offers the OpenTofu a bullet names', () => {
    const resume = joinLines('work:', '  - highlights:', '      - Moved 40 modules from Terraform to OpenTofu.', 'skills:', '  - name: Cloud', '    keywords:', '      - Open$|$');
    assert.equal(labels(resume)[0], 'OpenTofu');
    assert.notEqual(labels(keywords('      - Open$|$'))[0], 'OpenTofu');
  });

  it('ranks names that start with the typed text first, then by popularity', () => {
    const found = labels(keywords('      - Jav$|$'));
    assert.deepEqual(found.slice(0, 2), ['JavaScript', 'Java']);
  });

  it('ranks an acronym with names for the words it stands for: "Visu" offers VBA among the Visual names', () => {
    const found = labels(keywords('      - Visu$|$'));
    assert.ok(found.slice(0, 10).includes('VBA'), found.slice(0, 10).join(', '));
    assert.ok(found.indexOf('VBA') < found.indexOf('VisualVM'), 'VBA, used more, before VisualVM');
  });

  it('ranks a name typed with its vendor before it with names: "Hash" offers Terraform and Vault; "NET" offers .NET, its dot untyped', () => {
    const found = labels(keywords('      - Hash$|$'));
    assert.ok(found.slice(0, 3).includes('Vault'), found.slice(0, 10).join(', '));
    assert.ok(found.indexOf('Terraform') < found.indexOf('HashiCorp Sentinel'), 'Terraform, used more, before Sentinel');
    assert.equal(labels(keywords('      - NET$|$'))[0], '.NET');
    // "OpenAI Whisper" typed by its own word, before the tools built on it.
    assert.equal(labels(keywords('      - Whis$|$'))[0], 'OpenAI Whisper');
  });

  it('ranks a name typed with two neighbouring letters swapped before names whose letters merely come in order: "Swfi" offers Swift first', () => {
    assert.equal(labels(keywords('      - Swfi$|$'))[0], 'Swift');
    assert.equal(labels(keywords('      - Inet$|$'))[0], 'IntelliJ IDEA');
  });

  it('ranks a VMware, Cisco or Autodesk product typed by its own word with names, as other vendors\' products are: "Revi" offers Autodesk Revit first', () => {
    assert.equal(labels(keywords('      - Revi$|$'))[0], 'Autodesk Revit');
    assert.equal(labels(keywords('      - Inve$|$'))[0], 'Autodesk Inventor');
    assert.equal(labels(keywords('      - NSX$|$'))[0], 'VMware NSX');
  });

  it('does not offer what the list already has, under any of its names', () => {
    assert.ok(!labels(keywords('      - k8s', '      - Kube$|$')).includes('Kubernetes'));
    assert.ok(!labels(joinLines('skills:', '  - name: Cloud', '    keywords: [Docker, k8s, Kube$|$]')).includes('Kubernetes'));
  });

  it('completes inside a flow list, replacing only the item being typed', () => {
    const items = itemsAt(joinLines('skills:', '  - name: Cloud', '    keywords: [Docker, Kube$|$]'));
    assert.deepEqual(items[0]!.textEdit, { range: { start: { line: 2, character: 23 }, end: { line: 2, character: 27 } }, newText: 'Kubernetes' });
  });

  it('completes the name inside a keyword\'s parentheses, replacing only that name: "Containers (Dock", "Java (Spring, Hib"', () => {
    const items = itemsAt(keywords('      - Containers (Dock$|$)'));
    assert.equal(items[0]!.label, 'Docker');
    assert.deepEqual(items[0]!.textEdit, { range: { start: { line: 3, character: 20 }, end: { line: 3, character: 24 } }, newText: 'Docker' });
    assert.equal(labels(keywords('      - Java (Spring, Hib$|$'))[0], 'Hibernate');
    assert.equal(labels(joinLines('skills:', '  - name: Cloud', '    keywords: [Go, Messaging (Rabb$|$)]'))[0], 'RabbitMQ');
  });

  it('completes after a name with a "#" in it: "C#" is a name, not a comment', () => {
    assert.equal(labels(joinLines('skills:', '  - name: Languages', '    keywords: [Go, "C#", F#, Type$|$]'))[0], 'TypeScript');
    assert.equal(labels(joinLines('skills:', '  - name: Languages', '    keywords: [Go, Type$|$]  # the ones I use'))[0], 'TypeScript');
    assert.deepEqual(labels(joinLines('skills:', '  - name: Languages', '    keywords: [Go] # Type$|$')), []);
    assert.deepEqual(labels(joinLines('skills:', "  - name: Languages # what I'd use", '    keywords: [Go] # Type$|$')), []);
    assert.deepEqual(labels(joinLines('basics:', "  summary: I don't # Type$|$")), []);
  });

  it('completes a skill name and project keywords', () => {
    assert.equal(labels(joinLines('skills:', '  - name: TypeSc$|$'))[0], 'TypeScript');
    assert.equal(labels(joinLines('projects:', '  - name: Vitae', '    keywords:', '      - Kube$|$'))[0], 'Kubernetes');
  });

  it('completes a word in a bullet or a summary once two letters are typed, replacing the whole word', () => {
    const items = itemsAt(joinLines('work:', '  - name: A', '    highlights:', '      - Moved services to Kube$|$rnet by May'));
    assert.deepEqual(items[0]!.textEdit, { range: { start: { line: 3, character: 26 }, end: { line: 3, character: 34 } }, newText: 'Kubernetes' });
    assert.equal(labels(joinLines('basics:', '  summary: Writes TypeSc$|$'))[0], 'TypeScript');
    assert.deepEqual(labels(joinLines('work:', '  - highlights:', '      - Moved services to K$|$')), []);
  });

  it('reaches a name ranked for completion only from four letters (ranking.yaml `reach`), while the checks take it as rare as before', () => {
    assert.ok(labels(keywords('      - Elas$|$')).slice(0, 10).includes('Elastic Cloud'), 'Elastic Cloud within ten after "Elas"');
    assert.ok(labels(keywords('      - Powe$|$')).slice(0, 10).includes('Power Query'), 'Power Query within ten after "Powe"');
    // Listed with the most used, it keeps its rank: the checks still take it for a niche name (offered for the skills,
    // or taken for a slip, as rarely as before).
    const elasticCloud = techIndex().byName('Elastic Cloud')!;
    assert.ok(elasticCloud.reach < NICHE_RANK && elasticCloud.rank >= NICHE_RANK, `reach ${elasticCloud.reach}, rank ${elasticCloud.rank}`);
  });

  it('works mid-keystroke in a file that does not parse', () => {
    const broken = joinLines('skills:', '  - name: Cloud', '    keywords:', '      - [unclosed', '      - Kube$|$', 'work: : :');
    assert.equal(labels(broken)[0], 'Kubernetes');
  });

  it('offers your own technologies', () => {
    assert.equal(labels(keywords('      - borg$|$'), [{ name: 'Borgmon', category: 'observability' }])[0], 'Borgmon');
  });

  it('offers popular technologies in an empty keyword item', () => {
    assert.ok(labels(keywords('      - Docker', '      - $|$')).length > 10);
  });

  it('leaves keys and values elsewhere to the schema completion', () => {
    assert.ok(labels(joinLines('skills:', '  - name: Cloud', '    $|$')).includes('keywords'));
    assert.ok(labels(joinLines('basics:', '  profiles:', '    - network: Gi$|$')).includes('GitHub'));
  });
});
