import { CodeActionKind, ProposedFeatures, TextDocumentSyncKind, createConnection, type Connection } from 'vscode-languageserver/node';
import { FIX_ALL_KIND } from '../core/fixAll';
import { techIndex } from '../core/technologies/vocabulary';
import { VERSION } from '../version';
import { registerCodeActions } from './codeActions';
import { registerCompletionAndHover } from './completion';
import { registerDiagnostics } from './diagnostics';
import { registerNavigation } from './navigation';
import { registerCustomRequests } from './requests';
import { ServerState } from './state';

/** Starts the language server on stdio: one file per family of handlers, all sharing one `ServerState`. */
export function startServer(): Connection {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // Anything printed to stdout would corrupt the protocol stream, so stray logging goes to the client's log.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

  const state = new ServerState(connection);
  connection.onInitialize((params) => {
    state.initialize(params);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [' ', '-'], resolveProvider: false },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Resume' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        codeLensProvider: { resolveProvider: false },
        ...(state.ruleDocs?.serverCommands.length ? { executeCommandProvider: { commands: [...state.ruleDocs.serverCommands] } } : {}),
      },
      serverInfo: { name: 'vitae', version: VERSION },
    };
  });

  const diagnostics = registerDiagnostics(state);
  registerCompletionAndHover(state);
  registerNavigation(state);
  registerCodeActions(state);
  registerCustomRequests(state);

  connection.onInitialized(() => {
    // The vocabulary's index takes a moment to build; build it now, not on the first keystroke that needs it.
    setTimeout(() => state.guard(() => techIndex().sortedKeys(), undefined), 0);
    diagnostics.initialized();
  });

  state.documents.listen(connection);
  connection.listen();
  return connection;
}
