import type { CancellationToken, MessageSignature } from 'vscode-languageclient/node';

/** The one method of vscode-languageclient's client this changes (its features call it when a request fails). */
export interface HandlesFailedRequests {
  handleFailedRequest<T>(type: MessageSignature, token: CancellationToken | undefined, error: unknown, defaultValue: T, showNotification?: boolean, throwOnCancel?: boolean): T;
}
// A mixin's base class must take any constructor arguments (TypeScript's rule for mixins).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ClientClass = new (...args: any[]) => HandlesFailedRequests;

/**
 * The language client, except that a request caught by the server stopping is answered with nothing.
 *
 * VS Code asks for code actions, code lenses and the like right up to a window reload. A request that is on its way
 * when the server stops (the reload, or "Restart Language Server") fails inside vscode-languageclient ("Starting
 * server failed", "Client is currently stopping"), which logs it as an error and throws: the extension host then
 * logs "provider FAILED" — "Channel has been closed" when the reload had already closed the output channel. Such a
 * request is not a failure, only too late: it gets the feature's empty answer, as a cancelled request does. While
 * the server runs, failures are logged and thrown as before.
 */
export function quietWhileStopping<Base extends ClientClass>(base: Base, stopping: () => boolean) {
  return class QuietClient extends base {
    override handleFailedRequest<T>(type: MessageSignature, token: CancellationToken | undefined, error: unknown, defaultValue: T, showNotification?: boolean, throwOnCancel?: boolean): T {
      if (stopping()) return defaultValue;
      return super.handleFailedRequest(type, token, error, defaultValue, showNotification, throwOnCancel);
    }
  };
}
