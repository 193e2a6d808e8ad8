import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { EXPORT_REQUEST, JOB_MATCH_REQUEST, RENDER_REQUEST, type ExportParams, type InitializationOptions, type JobMatchParams, type RenderParams } from '../../server/src/protocol';
import type { VitaeApi } from './api';
import { registerShowRuleDoc, SHOW_RULE_DOC } from './commands/showRuleDoc';
import { registerTreatAsResume } from './commands/treatAsResume';
import { registerPreviewCommands } from './preview/commands';
import { PreviewManager } from './preview/manager';
import { registerPreviewTitleCommands } from './preview/titleCommands';
import { quietWhileStopping } from './quietStop';
import { isResume, RESUME_LANGUAGE } from './resumeLanguage';
import { registerWritingStatus } from './statusBar';
import { isJobFile, JOB_SELECTOR } from './jobs/jobFiles';
import { registerJobStatus } from './jobs/jobStatus';
import { registerMatchJob } from './jobs/matchJob';

/** The client command the server's job code lens runs to open the matched resume. */
const OPEN_LOCATION = 'vitae.openLocation';

const RESUME_SELECTOR = [
  { language: RESUME_LANGUAGE, scheme: 'file' },
  { language: RESUME_LANGUAGE, scheme: 'untitled' },
  { language: RESUME_LANGUAGE, scheme: 'vscode-remote' },
] satisfies vscode.DocumentFilter[];

let client: LanguageClient | undefined;
/** Disposed after the client has stopped (not with the subscriptions): the client logs to it while stopping. */
let output: vscode.LogOutputChannel | undefined;
let deactivating = false;

export async function activate(context: vscode.ExtensionContext): Promise<VitaeApi> {
  const serverModule = context.asAbsolutePath('dist/vitae.js');
  // `vitae server --stdio`: the same entry point users run from a terminal or another editor.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, args: ['server'], transport: TransportKind.stdio },
    debug: {
      module: serverModule,
      args: ['server'],
      transport: TransportKind.stdio,
      options: { execArgv: ['--nolazy', '--inspect=6010'] },
    },
  };

  const notifications: string[] = [];
  const started = new vscode.EventEmitter<number | undefined>();
  const channel = vscode.window.createOutputChannel('Vitae', { log: true });
  output = channel;

  const clientOptions: LanguageClientOptions = {
    // Job files keep their own language; the server knows them by name (server/src/lsp/jobs.ts).
    documentSelector: [...RESUME_SELECTOR, ...JOB_SELECTOR],
    outputChannel: channel,
    synchronize: {
      configurationSection: 'vitae',
      // Config files; and resumes, which a job file is matched with also while they are not open.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.vitaerc.{yaml,yml,json}'),
        vscode.workspace.createFileSystemWatcher('**/{resume,cv,*.resume}.{yaml,yml}'),
      ],
    },
    // VS Code already offers the entry snippets from snippets/resume-yaml.json; avoid listing them twice. Rule pages
    // open in the Markdown preview through our own command.
    initializationOptions: { entrySnippets: false, ruleDocCommand: SHOW_RULE_DOC, openLocationCommand: OPEN_LOCATION } satisfies InitializationOptions,
    errorHandler: crashHandler((message) => {
      notifications.push(message);
      void vscode.window.showWarningMessage(message, 'Show Log').then((choice) => {
        if (choice === 'Show Log') channel.show(true);
      });
    }),
  };

  // Requests caught by a reload or a restart are answered with nothing, not logged as failures (quietStop.ts).
  const VitaeClient = quietWhileStopping(LanguageClient, () => deactivating || client?.state !== State.Running);
  client = new VitaeClient('vitae', 'Vitae Language Server', serverOptions, clientOptions);
  const languageClient = client;
  const writingStatus = registerWritingStatus(languageClient);
  const jobStatus = registerJobStatus(languageClient);
  const renderHost = {
    extensionUri: context.extensionUri,
    protocolUri: (uri: vscode.Uri) => languageClient.code2ProtocolConverter.asUri(uri),
    render: async (params: RenderParams) => {
      await start();
      return languageClient.sendRequest(RENDER_REQUEST, params);
    },
    exportDocument: async (params: ExportParams) => {
      await start();
      return languageClient.sendRequest(EXPORT_REQUEST, params);
    },
    jobMatch: async (params: JobMatchParams) => {
      await start();
      return languageClient.sendRequest(JOB_MATCH_REQUEST, params);
    },
  };
  const previews = new PreviewManager({ ...renderHost, log: (message) => channel.warn(message) });
  const treated = registerTreatAsResume(context.workspaceState);
  context.subscriptions.push(
    started,
    languageClient.onDidChangeState((event) => {
      if (event.newState === State.Running) {
        started.fire(serverPid(languageClient));
        previews.refreshAll();
      }
    }),
    treated,
    registerShowRuleDoc(context.extensionUri),
    writingStatus,
    jobStatus,
    registerMatchJob(),
    // The job file's code lens opens the resume it is matched with (a URI string from the server).
    vscode.commands.registerCommand(OPEN_LOCATION, (uri: string) => vscode.window.showTextDocument(languageClient.protocol2CodeConverter.asUri(uri))),
    vscode.commands.registerCommand('vitae.restartServer', () => (starting ? languageClient.restart() : start())),
    previews,
    registerPreviewCommands(previews, renderHost),
    registerPreviewTitleCommands(previews),
  );

  // Vitae also wakes for plain YAML, Markdown and text files (to open a file treated as a resume as one again, and for
  // job files); the language server starts with the first resume or job file.
  let starting: Promise<void> | undefined;
  const start = (): Promise<void> => (starting ??= languageClient.start());
  const wanted = (document: vscode.TextDocument): boolean => isResume(document) || isJobFile(document);
  if (vscode.workspace.textDocuments.some(wanted)) void start();
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((document) => {
    if (wanted(document)) void start();
  }));
  return {
    ready: () => start(),
    serverProcessId: () => serverPid(languageClient),
    onDidStartServer: started.event,
    notifications,
    writingStatusText: () => writingStatus.text(),
    writingStatusTooltip: () => writingStatus.tooltip(),
    onDidChangeWritingStatus: writingStatus.onDidChange,
    jobStatusText: () => jobStatus.text(),
    onDidChangeJobStatus: jobStatus.onDidChange,
    logUri: context.logUri,
    treatedAsResume: treated.remembered,
    onDidChangeTreatedAsResume: treated.onDidChange,
    preview: previews.api(),
  };
}

export async function deactivate(): Promise<void> {
  deactivating = true;
  try {
    if (client?.needsStop()) await client.stop();
  } catch {
    // Stopping a server that is still starting throws; the process goes with the extension host anyway.
  } finally {
    output?.dispose();
  }
}

function serverPid(languageClient: LanguageClient): number | undefined {
  // `_serverProcess` is the child process the client spawned; it is not part of the public API.
  const child = (languageClient as unknown as { _serverProcess?: { pid?: number } })._serverProcess;
  return child?.pid;
}

/**
 * Restarts the server after a crash, at most 4 times in 3 minutes, and tells the user once per crash in plain words
 * (the default handler shows a stack of messages and gives up after 5 restarts).
 */
function crashHandler(notify: (message: string) => void): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && now - crashes[0]! > 3 * 60_000) crashes.shift();
      if (crashes.length > 4) {
        notify('The Vitae language server stopped 5 times in 3 minutes and will not be restarted. Run "Vitae: Restart Language Server" to try again.');
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      notify('The Vitae language server stopped unexpectedly and was restarted.');
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
