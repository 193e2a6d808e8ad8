import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import type { Caches } from './caches';
import { suggestedValues } from './data/values';
import type { ResumeDocument } from './document';
import { entrySnippetsFor } from './entrySnippets';
import { fieldDocumentation, typeLabel } from './fieldDocs';
import { keysAt, resolve, type JsonSchema } from './schema/resumeSchema';
import { completeTechnologies } from './technologies/completion';
import type { TechnologyOptions } from './technologies/extras';
import { cursorContext } from './yaml/cursorContext';

export interface CompletionOptions {
  /** Offer whole-entry snippets (VS Code gets them from the extension's snippet file instead). */
  readonly entrySnippets?: boolean;
  /** The user's own technologies, completed with the vocabulary's. */
  readonly technologies?: TechnologyOptions;
}

/** Keys valid at the cursor, values people pick from short lists, and whole entries. */
export function complete(doc: ResumeDocument, position: Position, caches: Caches, options: CompletionOptions = {}): CompletionList {
  const technologies = completeTechnologies(doc, position, options.technologies ?? {}, caches);
  if (technologies) return technologies;
  const lines = { count: doc.lines.lineCount, line: (index: number) => doc.lines.lineText(doc.text, index) };
  const cursor = doc.lines.positionAt(doc.lines.offsetAt(position));
  const context = cursorContext(lines, cursor);
  const items: CompletionItem[] = [];
  if (!context) return { isIncomplete: false, items };
  const range = { start: { line: cursor.line, character: context.start }, end: cursor };

  if (context.kind === 'value') {
    suggestedValues(context.path).forEach((value, index) => {
      items.push({
        label: value,
        kind: CompletionItemKind.Value,
        sortText: String(index).padStart(3, '0'),
        textEdit: { range, newText: value },
      });
    });
    return { isIncomplete: false, items };
  }

  const keys = keysAt(context.path).filter(([key]) => !context.siblings.has(key));
  const indentUnit = '  ';
  keys.forEach(([key, schema], index) => {
    items.push({
      label: key,
      kind: CompletionItemKind.Property,
      detail: typeLabel(schema),
      documentation: { kind: MarkupKind.Markdown, value: fieldDocumentation([...context.path, key]) },
      sortText: String(index).padStart(3, '0'),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: key + valueSnippet(schema, indentUnit) },
      ...(isBlock(schema) ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
    });
  });
  if (options.entrySnippets !== false && context.newItem && context.prefix === '') {
    for (const snippet of entrySnippetsFor(context.path)) {
      items.push({
        label: snippet.label,
        kind: CompletionItemKind.Snippet,
        detail: snippet.description,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText: snippet.body },
        sortText: '~',
      });
    }
  }
  return { isIncomplete: false, items };
}

function isBlock(schema: JsonSchema): boolean {
  const type = resolve(schema)?.type;
  return type === 'object' || type === 'array';
}

function valueSnippet(schema: JsonSchema, indent: string): string {
  const resolved = resolve(schema);
  if (resolved?.type === 'object') return `:\n${indent}$0`;
  if (resolved?.type === 'array') return `:\n${indent}- $0`;
  return ': $0';
}
