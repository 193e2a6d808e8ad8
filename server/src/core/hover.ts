import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { ResumeDocument } from './document';
import { fieldDocumentation } from './fieldDocs';
import { schemaAt } from './schema/resumeSchema';
import { spanOf } from './yaml/nodes';
import { pathAt } from './yaml/pathAt';

/** Documentation of the field under the cursor (on its key or its value). */
export function hover(doc: ResumeDocument, position: Position): Hover | null {
  const hit = pathAt(doc.yaml.contents, doc.lines.offsetAt(position));
  if (!hit?.pair || !schemaAt(hit.path)) return null;
  const span = spanOf(hit.pair.key);
  return {
    contents: { kind: MarkupKind.Markdown, value: fieldDocumentation(hit.path) },
    ...(span ? { range: doc.lines.range(span[0], span[1]) } : {}),
  };
}
