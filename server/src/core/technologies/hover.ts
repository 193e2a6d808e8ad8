import { isScalar, isSeq } from 'yaml';
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { Caches } from '../caches';
import type { ResumeDocument } from '../document';
import { TextMap } from '../writing/textMap';
import { locate, spanOf } from '../yaml/nodes';
import { pathAt } from '../yaml/pathAt';
import type { TechnologyOptions } from './extras';
import { writingLanguage } from '../writing/summary';
import { functionWordsOf, proseIn } from './functionWords';
import { techIndexFor, type TechEntry } from './vocabulary';

const WHOLE_VALUE = /^(skills\.\d+\.(name|keywords\.\d+)|projects\.\d+\.keywords\.\d+|basics\.profiles\.\d+\.network)$/;

/** The technology under the cursor, in a keyword or a sentence: its name, category and other names. */
export function technologyHover(doc: ResumeDocument, offset: number, options: TechnologyOptions, caches: Caches): Hover | null {
  if (doc.refused) return null;
  const hit = pathAt(doc.yaml.contents, offset);
  if (!hit || hit.onKey) return null;
  const path = [...hit.path];
  let node: unknown = locate(doc.yaml.contents, path).node;
  if (isSeq(node)) {
    const at = node.items.findIndex((item) => {
      const span = spanOf(item);
      return !!span && span[0] <= offset && offset <= span[1];
    });
    node = node.items[at];
    path.push(at);
  }
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range || offset < node.range[0] || offset > node.range[1]) return null;
  const index = techIndexFor(options.extra, caches);
  const value = node.value;
  if (WHOLE_VALUE.test(path.join('.'))) {
    const tech = index.resolve(value.trim())?.tech;
    return tech ? { contents: card(tech), range: doc.lines.range(node.range[0], node.range[1]) } : null;
  }
  const map = new TextMap(doc.text, value, node.range[0], node.range[1], node.type);
  // In a resume written in Spanish, "es" is a word of the sentence, as the checks read it.
  for (const mention of proseIn(caches, index, value, functionWordsOf(writingLanguage(doc, caches))).mentions) {
    if (mention.ordinary) continue;
    const [start, end] = map.span(mention.start, mention.end);
    if (start <= offset && offset <= end) return { contents: card(mention.resolution.tech), range: doc.lines.range(start, end) };
  }
  return null;
}

function card(tech: TechEntry): { kind: 'markdown'; value: string } {
  const lines = [`**${tech.name}** · ${tech.category}${tech.extra ? ' (your own)' : ''}`];
  if (tech.aliases.length) lines.push(`Also written: ${tech.aliases.join(', ')}`);
  if (tech.formerNames.length) lines.push(`Formerly: ${tech.formerNames.join(', ')}`);
  return { kind: MarkupKind.Markdown, value: lines.join('\n\n') };
}
