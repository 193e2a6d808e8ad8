import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'vitae.js');

/** The bundled server as an editor runs it: a child process speaking LSP on stdio, driven by a real LSP client. */
export class ServerProcess {
  readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly stderr: string[] = [];
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
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  initialize(extra: { capabilities?: ClientCapabilities; initializationOptions?: unknown } = {}): Promise<InitializeResult> {
    const capabilities: ClientCapabilities = { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } };
    return this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { ...capabilities, ...extra.capabilities },
      ...(extra.initializationOptions !== undefined ? { initializationOptions: extra.initializationOptions } : {}),
    });
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

  async stop(): Promise<number | null> {
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
