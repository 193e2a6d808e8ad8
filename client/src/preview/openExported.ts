import * as vscode from 'vscode';
import { chooseOpenAction, type OpenAction } from './openAction';

/** The notification button for an exported file, for the host VS Code runs in (see openAction.ts). */
export function openActionFor(target: vscode.Uri): OpenAction {
  return chooseOpenAction({ web: vscode.env.uiKind === vscode.UIKind.Web, scheme: target.scheme, path: target.path });
}

/** Does what the button says. */
export async function openExported(target: vscode.Uri, action: OpenAction = openActionFor(target)): Promise<void> {
  if (action.command === 'openExternal') await vscode.env.openExternal(target);
  else await vscode.commands.executeCommand(action.command, target);
}
