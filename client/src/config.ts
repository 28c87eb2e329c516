import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type Settings } from '../../server/src/protocol';

/**
 * The settings the client itself acts on. The server reads every setting on
 * its own, per document, through `workspace/configuration` (STYLE rule 12);
 * the client only needs `enable`, to hide its counts where nothing is checked.
 */
export type ClientSettings = Pick<Settings, 'enable'>;

/** The client's settings for a document or folder, each falling back to DEFAULT_SETTINGS when unset or mistyped. */
export function readClientSettings(scope: vscode.ConfigurationScope | undefined): ClientSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const enable = config.get<unknown>('enable');
  return { enable: typeof enable === 'boolean' ? enable : DEFAULT_SETTINGS.enable };
}

/** Whether a configuration change touches a setting the client reads. */
export function affectsClientSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SETTINGS_SECTION}.enable`);
}
