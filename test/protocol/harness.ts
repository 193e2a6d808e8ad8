// What every protocol test does, written once: run the bundled CLI (`cli`), start the bundled language server as an
// editor does (`start`), open a document in it and wait for its diagnostics (`open`, `change`).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'vitae.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `vitae <args>` as a user runs it in a terminal without colours. */
export function cli(...args: string[]): CliResult {
  const result = spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the bundled server with these `vitae.*` settings, and initializes it as an editor does. */
export async function start(settings: unknown = {}): Promise<Server> {
  const server = new Server(settings);
  await server.initialize();
  return server;
}

/** The bundled server as an editor runs it: a child process speaking LSP on stdio, driven by a real LSP client. */
export class Server {
  readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly stderr: string[] = [];
  /** What the server logged to the client (`window/logMessage`), oldest first. */
  readonly logged: LogMessageParams[] = [];
  #initialized: InitializeResult | undefined;
  #waiters: Array<{ accept(params: PublishDiagnosticsParams): boolean }> = [];
  #latest = new Map<string, PublishDiagnosticsParams>();

  /** `command`: how to start it; by default the clone's bundle, or e.g. the `vitae` an installed package put on PATH. */
  constructor(settings: unknown = {}, command: readonly string[] = [process.execPath, SERVER]) {
    this.child = spawn(command[0]!, [...command.slice(1), 'server', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.#latest.set(params.uri, params);
      this.#waiters = this.#waiters.filter((waiter) => !waiter.accept(params));
    });
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      this.logged.push(params);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  /** What the server answered to `initialize`. */
  get initializeResult(): InitializeResult {
    if (!this.#initialized) throw new Error('the server is not initialized: use start()');
    return this.#initialized;
  }

  /** `initialize` (with more client capabilities or initialization options, if given), then `initialized`. */
  async initialize(extra: { capabilities?: ClientCapabilities; initializationOptions?: unknown } = {}): Promise<InitializeResult> {
    const capabilities: ClientCapabilities = { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } };
    this.#initialized = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { ...capabilities, ...extra.capabilities },
      ...(extra.initializationOptions !== undefined ? { initializationOptions: extra.initializationOptions } : {}),
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return this.#initialized;
  }

  /** Opens a document (a resume unless `languageId` says otherwise); resolves with its first diagnostics. */
  async open(uri: string, text: string, { languageId = 'resume-yaml', version = 1 } = {}): Promise<Diagnostic[]> {
    const published = this.diagnostics(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    return published;
  }

  /** Changes an open document, as an editor sends keystrokes; resolves with the diagnostics of the new version. */
  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
    const published = this.diagnostics(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    return published;
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Resolves with the next diagnostics for `uri` (at `version`, if given); rejects after `ms` with a clear message. */
  diagnostics(uri: string, version?: number, ms = 5000): Promise<Diagnostic[]> {
    const latest = this.#latest.get(uri);
    if (latest && version !== undefined && latest.version === version) return Promise.resolve(latest.diagnostics);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${String(version)} within ${ms} ms`)), ms);
      this.#waiters.push({
        accept: (params) => {
          if (params.uri !== uri || (version !== undefined && params.version !== version)) return false;
          clearTimeout(timer);
          resolve(params.diagnostics);
          return true;
        },
      });
    });
  }

  /** Shuts the server down as an editor does; resolves with its exit code (at once if it has exited). */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.child.exitCode;
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
