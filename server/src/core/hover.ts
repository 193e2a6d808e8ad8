import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { Caches } from './caches';
import type { ResumeDocument } from './document';
import { fieldDocumentation } from './fieldDocs';
import { schemaAt } from './schema/resumeSchema';
import type { TechnologyOptions } from './technologies/extras';
import { technologyHover } from './technologies/hover';
import { spanOf } from './yaml/nodes';
import { pathAt } from './yaml/pathAt';

/** A technology under the cursor; otherwise the documentation of the field (on its key or its value). */
export function hover(doc: ResumeDocument, position: Position, caches: Caches, technologies: TechnologyOptions = {}): Hover | null {
  const technology = technologyHover(doc, doc.lines.offsetAt(position), technologies, caches);
  if (technology) return technology;
  const hit = pathAt(doc.yaml.contents, doc.lines.offsetAt(position));
  if (!hit?.pair || !schemaAt(hit.path)) return null;
  const span = spanOf(hit.pair.key);
  return {
    contents: { kind: MarkupKind.Markdown, value: fieldDocumentation(hit.path) },
    ...(span ? { range: doc.lines.range(span[0], span[1]) } : {}),
  };
}
