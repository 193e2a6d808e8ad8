import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type Connection,
} from 'vscode-languageserver/node';
import { fileURLToPath } from 'node:url';
import type { LintOptions } from '../core/lint';
import type { ExtraTechnology } from '../core/technologies/extras';
import { techIndex } from '../core/technologies/vocabulary';
import { createLanguageService } from '../core/service';
import { ProjectConfigs } from '../node/projectConfig';
import { SUMMARY_REQUEST, type InitializationOptions, type SummaryParams, type SummaryResult } from '../protocol';
import { VERSION } from '../version';
import { registerExport } from './export';
import { registerRender } from './render';
import { ruleDocLinks, type RuleDocLinks } from './ruleDocs';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings';
import { textDocuments } from './textDocuments';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Starts the language server on stdio; every handler looks the document up and delegates to the pure core. */
export function startServer(): Connection {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // Anything printed to stdout would corrupt the protocol stream, so stray logging goes to the client's log.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

  const documents = new TextDocuments(textDocuments);
  const service = createLanguageService();
  const configs = new ProjectConfigs();
  const reportedConfigProblems = new Set<string>();
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let entrySnippets = true;
  let pullsConfiguration = false;
  let refreshesCodeLenses = false;
  let ruleDocs: RuleDocLinks | undefined;
  // Until the client's settings arrive, diagnostics wait, so a rule the user turned off never flashes up.
  let settingsReady: Promise<void> | undefined;

  connection.onInitialize((params) => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    entrySnippets = init.entrySnippets !== false;
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    refreshesCodeLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    ruleDocs = ruleDocLinks(connection, {
      codeDescriptionSupport: params.capabilities.textDocument?.publishDiagnostics?.codeDescriptionSupport === true,
      showDocumentSupport: params.capabilities.window?.showDocument?.support === true,
      ...(typeof init.ruleDocCommand === 'string' ? { command: init.ruleDocCommand } : {}),
    });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [' ', '-'], resolveProvider: false },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Resume' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        ...(ruleDocs.serverCommands.length ? { executeCommandProvider: { commands: [...ruleDocs.serverCommands] } } : {}),
      },
      serverInfo: { name: 'vitae', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    // The vocabulary's index takes a moment to build; build it now, not on the first keystroke that needs it.
    setTimeout(() => guard(() => techIndex().sortedKeys(), undefined), 0);
    if (pullsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'vitae' });
      settingsReady = refreshSettings();
    }
  });

  async function refreshSettings(): Promise<void> {
    try {
      settings = readSettings(await connection.workspace.getConfiguration('vitae'));
    } catch {
      settings = DEFAULT_SETTINGS;
    }
    relintAll();
  }

  connection.onDidChangeConfiguration((change) => {
    if (pullsConfiguration) void refreshSettings();
    else {
      settings = readSettings((change.settings as Record<string, unknown> | null)?.['vitae']);
      relintAll();
    }
  });

  // No fixed debounce: each change is linted as soon as the event loop is free, and a newer version supersedes an
  // older one still waiting, so fast typing never queues up stale work.
  const pending = new Map<string, NodeJS.Immediate>();
  /** After settings or the config file change, every open document is linted again and its lenses redrawn. */
  function relintAll(): void {
    documents.all().forEach(schedule);
    if (refreshesCodeLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }

  function schedule(document: TextDocument): void {
    if (settingsReady) {
      void settingsReady.then(() => {
        settingsReady = undefined;
        schedule(document);
      });
      return;
    }
    clearImmediate(pending.get(document.uri));
    pending.set(document.uri, setImmediate(() => publish(document.uri)));
  }

  function publish(uri: string): void {
    pending.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    const diagnostics = settings.validate.enable ? guard(() => service.lint(document, lintOptions(uri)), []) : [];
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: ruleDocs?.describe(diagnostics) ?? diagnostics });
  }

  // `onDidChangeContent` also fires on open, so it alone schedules the first lint.
  documents.onDidChangeContent((event) => schedule(event.document));
  documents.onDidClose((event) => {
    clearImmediate(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    service.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !settings.completion.enable) return null;
    const technologies = lintOptions(document.uri).technologies;
    return guard(() => service.complete(document, params.position, { entrySnippets, ...(technologies ? { technologies } : {}) }), null);
  });
  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !settings.hover.enable) return null;
    const technologies = lintOptions(document.uri).technologies;
    return guard(() => service.hover(document, params.position, technologies ? { technologies } : {}), null);
  });
  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? guard(() => service.documentSymbols(document), []) : [];
  });
  connection.onFoldingRanges((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? guard(() => service.foldingRanges(document), []) : [];
  });
  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const fixes = guard(() => service.codeActions(document, params.range, lintOptions(document.uri)), []);
    return [...fixes, ...guard(() => ruleDocs?.learnActions(params.context.diagnostics) ?? [], [])];
  });

  // The figures count bullets that state a number; someone who turned bullet-no-metric off does not want them.
  const countsMetrics = (uri: string): boolean => lintOptions(uri).severities?.['bullet-no-metric'] !== 'off';

  connection.onCodeLens((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !countsMetrics(document.uri)) return [];
    return guard(() => service.codeLenses(document), []);
  });
  connection.onRequest(SUMMARY_REQUEST, (params: SummaryParams): SummaryResult | null => {
    const document = documents.get(params.uri);
    if (!document || !countsMetrics(document.uri)) return null;
    return guard(() => {
      const { bullets, quantified, weakOpeners, words } = service.summary(document);
      return { bullets, quantified, weakOpeners, words };
    }, null);
  });

  registerRender(connection, documents, service, (uri) => (uri.startsWith('file:') ? guard(() => configs.forFile(fileURLToPath(uri)).design, undefined) : undefined));
  registerExport(connection, documents, service);

  /** Editor settings, overridden by the project's `.vitaerc.yaml` so that the editor and the CLI agree. */
  function lintOptions(uri: string): Omit<LintOptions, 'today'> {
    if (!uri.startsWith('file:')) return { severities: settings.rules, writing: settings.writing, ...technologiesOf(settings.technologies.extra, undefined) };
    const config = guard(() => configs.forFile(fileURLToPath(uri)), { rules: {}, writing: {}, problems: [] } as ReturnType<ProjectConfigs['forFile']>);
    for (const problem of config.problems) {
      const line = `Vitae: ${config.path ?? '.vitaerc'}: ${problem}`;
      if (!reportedConfigProblems.has(line)) connection.console.warn(line);
      reportedConfigProblems.add(line);
    }
    return {
      severities: { ...settings.rules, ...config.rules },
      writing: { ...settings.writing, ...config.writing },
      ...technologiesOf(settings.technologies.extra, config.technologies?.extra),
    };
  }

  /** The user's technologies: the editor setting's and the project config's together. */
  function technologiesOf(fromSettings: readonly ExtraTechnology[] = [], fromConfig: readonly ExtraTechnology[] = []): Pick<LintOptions, 'technologies'> {
    const extra = [...fromSettings, ...fromConfig];
    return extra.length ? { technologies: { extra } } : {};
  }

  connection.onDidChangeWatchedFiles(() => {
    configs.clear();
    relintAll();
  });

  /** A bug in one feature must not take the server down: log it and answer with nothing. */
  function guard<T>(work: () => T, fallback: T): T {
    try {
      return work();
    } catch (error) {
      connection.console.error(`Vitae: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  documents.listen(connection);
  connection.listen();
  return connection;
}
