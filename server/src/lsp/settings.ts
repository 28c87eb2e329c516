import type { Connection } from 'vscode-languageserver';
import { ALL_CODES, type Code } from '../core';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type Settings, type SeverityOverride } from '../protocol';

const SEVERITIES: readonly SeverityOverride[] = ['error', 'warning', 'information', 'hint', 'off'];
const KNOWN_CODES = new Set<string>(ALL_CODES);

/**
 * The settings of each document, read with `workspace/configuration` and
 * cached by URI until the configuration changes (STYLE rule 12). Never kept
 * in module globals.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(private readonly connection: Connection, private readonly canAsk: () => boolean) {}

  get(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.canAsk()
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(settingsFrom, () => ({ ...DEFAULT_SETTINGS }))
        : Promise.resolve({ ...DEFAULT_SETTINGS });
      this.cache.set(uri, settings);
    }
    return settings;
  }

  clear(): void {
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

/** Normalises whatever the client sent into Settings, falling back to the defaults field by field. */
export function settingsFrom(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    enable: typeof r['enable'] === 'boolean' ? r['enable'] : DEFAULT_SETTINGS.enable,
    severity: severityFrom(r['severity']),
    factFiles: Array.isArray(r['factFiles']) ? r['factFiles'].filter((f): f is string => typeof f === 'string') : [],
    disabledChecks: Array.isArray(r['disabledChecks']) ? r['disabledChecks'].filter((c): c is Code => typeof c === 'string' && KNOWN_CODES.has(c)) : [],
    unsourcedClaims: typeof r['unsourcedClaims'] === 'boolean' ? r['unsourcedClaims'] : DEFAULT_SETTINGS.unsourcedClaims,
    debounceMs: numberFrom(r['debounceMs'], DEFAULT_SETTINGS.debounceMs, 0, 10_000),
    maxDraftSizeKb: numberFrom(r['maxDraftSizeKb'], DEFAULT_SETTINGS.maxDraftSizeKb, 1, 1_000_000),
    confirmationHints: typeof r['confirmationHints'] === 'boolean' ? r['confirmationHints'] : DEFAULT_SETTINGS.confirmationHints,
  };
}

function severityFrom(raw: unknown): Settings['severity'] {
  const out: Settings['severity'] = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [code, value] of Object.entries(raw as Record<string, unknown>)) {
    if (KNOWN_CODES.has(code) && SEVERITIES.includes(value as SeverityOverride)) out[code as Code] = value as SeverityOverride;
  }
  return out;
}

function numberFrom(raw: unknown, fallback: number, min: number, max: number): number {
  return typeof raw === 'number' && Number.isFinite(raw) ? Math.min(max, Math.max(min, raw)) : fallback;
}

/** The codes a document's settings switch off. */
export function disabledCodes(settings: Settings): Code[] {
  const codes = new Set(settings.disabledChecks);
  if (!settings.unsourcedClaims) codes.add('unsourced-claim');
  for (const [code, severity] of Object.entries(settings.severity)) if (severity === 'off') codes.add(code as Code);
  return [...codes];
}
