import type { Caches } from '../caches';
import type { ResumeDocument } from '../document';
import { ruleContext } from '../lint';
import { readingOf, resumeTechnologies } from '../technologies/resume';
import { pathAt } from '../yaml/pathAt';
import type { Evidence } from './types';

/** Where the resume shows each technology, by canonical name: skills keywords, bullets, summaries, projects. */
export type ResumeEvidence = ReadonlyMap<string, readonly Evidence[]>;

/**
 * Reads the resume the way the technology rules do (technologies/resume.ts): keywords and skill names as whole
 * values, bullets and summaries word by word in context, so "Postgres" and "k8s" count for PostgreSQL and
 * Kubernetes. Strings already read on an earlier keystroke are not read again (the service's caches).
 */
export function resumeEvidence(doc: ResumeDocument, caches: Caches): ResumeEvidence {
  const out = new Map<string, Evidence[]>();
  if (doc.refused) return out;
  const found = resumeTechnologies(ruleContext(doc, caches));
  const root = doc.yaml.contents;
  const add = (name: string, kind: Evidence['kind'], start: number, end: number): void => {
    const path = pathAt(root, start)?.path ?? [];
    const list = out.get(name);
    const evidence: Evidence = { kind, start, end, path };
    if (list) list.push(evidence);
    else out.set(name, [evidence]);
  };
  for (const group of found.groups) {
    for (const keyword of group.keywords) {
      if (keyword.resolution) add(keyword.resolution.tech.name, group.section === 'projects' ? 'project' : 'skill', keyword.span[0], keyword.span[1]);
    }
  }
  for (const name of found.skillNames) if (name.resolution) add(name.resolution.tech.name, 'skill', name.span[0], name.span[1]);
  for (const text of [...found.bullets, ...found.prose]) {
    const kind: Evidence['kind'] = text.entry?.section === 'projects' ? 'project' : text.kind === 'bullet' ? 'bullet' : 'summary';
    for (const mention of readingOf(found, text).mentions) {
      if (mention.inPair || (mention.ordinary && mention.written === mention.written.toLowerCase())) continue;
      const [start, end] = text.span(mention.start, mention.end);
      add(mention.resolution.tech.name, kind, start, end);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}
