import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/**
 * How the server keeps the text of each open document: `TextDocuments` calls `create` on `didOpen` and `update` with
 * every `didChange` (the incremental changes, applied in order, and the client's new version). The fuzz tests drive
 * the language service through this very object, so they apply edits exactly as the server does.
 */
export const textDocuments = {
  create(uri: string, languageId: string, version: number, content: string): TextDocument {
    return TextDocument.create(uri, languageId, version, content);
  },
  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    return TextDocument.update(document, changes, version);
  },
};
