import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService } from '../../../server/src/core/service';
import { TechCodes } from '../../../server/src/core/technologies/codes';
import { source } from '../../helpers/text';

// test/fixtures/skills-groups.resume.yaml (a copy of the shared corpus): which group "Add <technology> to skills"
// picks for each technology a bullet names (`# EXPECT-GROUP: Tech → Group; …`, NEW: a new group, NONE: no offer).

const text = readFileSync(join(__dirname, '..', '..', 'fixtures', 'skills-groups.resume.yaml'), 'utf8');
const service = createLanguageService({ today: () => new Date('2026-06-01') });

function picked(title: string | undefined): string {
  if (!title) return 'NONE';
  if (/new skills group/.test(title)) return 'NEW';
  return /\(([^)]*)\)$/.exec(title)?.[1] ?? 'NONE';
}

describe('skills-groups.resume.yaml: "Add to skills" picks the group a person would', () => {
  const diagnostics = service.lint(source(text)).filter((d) => d.code === TechCodes.notInSkills);
  text.split('\n').forEach((line, index) => {
    const expect = /# EXPECT-GROUP: (.*)$/.exec(line)?.[1];
    if (!expect) return;
    for (const pair of expect.split(';')) {
      const [tech = '', group = ''] = pair.split('→').map((part) => part.trim());
      it(`${tech} → ${group}`, () => {
        const found = diagnostics.find((d) => d.range.start.line === index && (d.data as { canonical?: string }).canonical === tech);
        const fixes = (found?.data as { fixes?: Array<{ title: string }> } | undefined)?.fixes;
        assert.equal(found ? picked(fixes?.[0]?.title) : 'NONE', group, typeof found?.message === 'string' ? found.message : 'no diagnostic');
      });
    }
  });
});
