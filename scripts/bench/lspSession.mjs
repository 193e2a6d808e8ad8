// One language server driven the way an editor drives it: spawned with stdio pipes, spoken to through a real
// JSON-RPC/LSP client connection, configured through `workspace/configuration` answers.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CompletionRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
} from 'vscode-languageserver-protocol/node';

const NET_GUARD = fileURLToPath(new URL('./netGuard.cjs', import.meta.url));
const TIMEOUT_MS = 30_000;

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms waiting for ${what}`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Starts `server` ({ name, args, settings(section) }) and completes the initialize handshake.
 * `initializeMs` runs from spawn to the initialize result: what a user waits for after opening the editor.
 */
export async function startSession(server) {
  const started = performance.now();
  const child = spawn(process.execPath, ['--require', NET_GUARD, ...server.args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr = [];
  child.stderr.on('data', (chunk) => stderr.push(String(chunk)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));

  const waiters = new Set();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const at = performance.now();
    for (const waiter of waiters) {
      if (waiter.uri === params.uri && (params.version === undefined || params.version === waiter.version)) {
        waiters.delete(waiter);
        waiter.resolve({ at, diagnostics: params.diagnostics });
      }
    }
  });
  let configured;
  const configurationAnswered = new Promise((resolve) => (configured = resolve));
  connection.onRequest(ConfigurationRequest.type, (params) => {
    configured();
    return params.items.map((item) => server.settings(item.section));
  });
  connection.onRequest(RegistrationRequest.type, () => null);
  connection.onNotification('window/logMessage', () => {});
  connection.onNotification('telemetry/event', () => {});
  connection.listen();

  const result = await withTimeout(connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: false },
        publishDiagnostics: { versionSupport: true, relatedInformation: true },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
    },
  }), `${server.name} initialize`);
  const initializeMs = performance.now() - started;
  await connection.sendNotification(InitializedNotification.type, {});
  // VS Code's client announces settings this way; yaml-language-server only pulls its configuration when told.
  await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  await withTimeout(configurationAnswered, `${server.name} to ask for its configuration`);

  /** Resolves with the arrival time of the next diagnostics for `uri` at `version` (any, if the server omits it). */
  const nextDiagnostics = (uri, version) => withTimeout(
    new Promise((resolve) => waiters.add({ uri, version, resolve })),
    `${server.name} diagnostics for ${uri} v${version}`,
  );
  const versions = new Map();

  return {
    name: server.name,
    pid: child.pid,
    initializeMs,
    capabilities: result.capabilities,

    /** Opens a document and returns { ms, diagnostics } from the didOpen notification to its diagnostics. */
    async open(uri, text) {
      versions.set(uri, 1);
      const arrived = nextDiagnostics(uri, 1);
      const sent = performance.now();
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: server.languageId, version: 1, text },
      });
      const { at, diagnostics } = await arrived;
      return { ms: at - sent, diagnostics };
    },

    /** Sends one didChange (incremental `{ range, text }` events or `{ text }` for the whole document). */
    async change(uri, contentChanges) {
      const version = versions.get(uri) + 1;
      versions.set(uri, version);
      const arrived = nextDiagnostics(uri, version);
      const sent = performance.now();
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges,
      });
      const { at, diagnostics } = await arrived;
      return { ms: at - sent, diagnostics };
    },

    async complete(uri, position) {
      const sent = performance.now();
      const items = await withTimeout(
        connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }),
        `${server.name} completion`,
      );
      return { ms: performance.now() - sent, count: Array.isArray(items) ? items.length : (items?.items.length ?? 0) };
    },

    async close(uri) {
      await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },

    /** A request of the server's own (e.g. `vitae/render`), answered as the server answers it. */
    request: (method, params) => withTimeout(connection.sendRequest(method, params), `${server.name} ${method}`),

    /** Sends a didChange without waiting for diagnostics (the preview benchmark waits for a render instead). */
    async changeNow(uri, contentChanges) {
      const version = versions.get(uri) + 1;
      versions.set(uri, version);
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
      return version;
    },

    /** Resident set size of the server process in MiB, from /proc (Linux); undefined elsewhere. */
    rssMiB() {
      try {
        const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return match ? Number(match[1]) / 1024 : undefined;
      } catch {
        return undefined;
      }
    },

    /** Lines the net guard wrote: any entry means the server tried to reach the network. */
    networkAttempts: () => stderr.join('').split('\n').filter((line) => line.startsWith('[bench-net-guard]')),

    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        await Promise.race([connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification(ExitNotification.type);
      } catch {
        // The server may already be gone; the kill below covers it.
      }
      const killer = setTimeout(() => child.kill('SIGKILL'), 2000);
      if (child.exitCode === null && child.signalCode === null) await exited;
      clearTimeout(killer);
      connection.dispose();
    },

    kill: () => child.kill('SIGKILL'),
  };
}
