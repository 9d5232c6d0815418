/**
 * The user's `openclaw.*` settings as the server sees them, pulled with `workspace/configuration`
 * (per document, so folder settings apply) and dropped on `workspace/didChangeConfiguration`.
 * Clients that cannot answer `workspace/configuration` may push the same object in the
 * notification's `settings.openclaw` instead. Whatever arrives is checked: a bad value means the
 * default, never a crash.
 */
import type { Connection } from "vscode-languageserver/node";
import type { SeveritySetting } from "./core/services/validation";

export interface ServerSettings {
  validate: { enable: boolean };
  /** Per-code severity overrides (`openclaw.rules`): "off" hides the code. */
  rules: Record<string, SeveritySetting>;
}

export const DEFAULT_SETTINGS: ServerSettings = Object.freeze({ validate: Object.freeze({ enable: true }), rules: Object.freeze({}) }) as ServerSettings;

const SEVERITIES = new Set<string>(["off", "error", "warning", "information", "hint"]);

/** The checked form of a raw `openclaw` settings object (unknown keys and bad values ignored). */
export function normalizeSettings(raw: unknown): ServerSettings {
  if (raw === null || typeof raw !== "object") return DEFAULT_SETTINGS;
  const section = raw as Record<string, unknown>;
  // VS Code sends nested objects; some clients send dotted keys ("validate.enable").
  const validate = section.validate as Record<string, unknown> | undefined;
  const enable = typeof validate?.enable === "boolean" ? validate.enable : typeof section["validate.enable"] === "boolean" ? (section["validate.enable"] as boolean) : true;
  const rules: Record<string, SeveritySetting> = {};
  if (section.rules !== null && typeof section.rules === "object" && !Array.isArray(section.rules)) {
    for (const [code, value] of Object.entries(section.rules as Record<string, unknown>)) {
      const severity = typeof value === "string" ? value.toLowerCase() : undefined;
      // "info" and "warn" are what people type; accept them.
      const canonical = severity === "info" ? "information" : severity === "warn" ? "warning" : severity;
      if (canonical && SEVERITIES.has(canonical)) rules[code] = canonical as SeveritySetting;
    }
  }
  return { validate: { enable }, rules };
}

/** How long a document waits for the client's answer before it is checked with the defaults. */
export const SETTINGS_ANSWER_TIMEOUT_MS = 2000;

export class SettingsStore {
  private readonly byUri = new Map<string, ServerSettings>();
  private readonly pending = new Map<string, Promise<ServerSettings>>();
  /** Documents whose client has not answered in time: checked with the defaults until it does. */
  private readonly waitedOut = new Set<string>();
  /** Called when an answer arrives after its document was checked with the defaults. */
  onLateAnswer: ((uri: string) => void) | undefined;
  private pushed: ServerSettings | undefined;
  /** Bumped on every change, so an answer to an older request is not cached over a newer state. */
  generation = 0;
  /** Set in onInitialize from the client's capabilities. */
  canPull = false;

  constructor(private readonly connection: Connection) {}

  /** The settings last loaded for a document (defaults until the first load finishes). */
  current(uri: string): ServerSettings {
    return this.byUri.get(uri) ?? this.pushed ?? DEFAULT_SETTINGS;
  }

  /**
   * Whether a document can be checked now: its settings are known (always, for a client that cannot be
   * asked), or the client did not answer in time (a silent client must not leave a file unchecked).
   */
  isLoaded(uri: string): boolean {
    return !this.canPull || this.byUri.has(uri) || this.waitedOut.has(uri);
  }

  /** Loads (once per change) the settings that apply to a document. */
  load(uri: string): Promise<ServerSettings> {
    const cached = this.byUri.get(uri);
    if (cached) return Promise.resolve(cached);
    if (!this.canPull) return Promise.resolve(this.pushed ?? DEFAULT_SETTINGS);
    let request = this.pending.get(uri);
    if (!request) {
      const generation = this.generation;
      request = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: "openclaw" })
        .then(
          (raw: unknown) => normalizeSettings(raw),
          () => this.pushed ?? DEFAULT_SETTINGS,
        )
        .then((settings) => {
          if (generation === this.generation) {
            this.byUri.set(uri, settings);
            this.pending.delete(uri);
            if (this.waitedOut.delete(uri)) this.onLateAnswer?.(uri);
          }
          return settings;
        });
      this.pending.set(uri, request);
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<ServerSettings>((resolve) => {
      timer = setTimeout(() => {
        this.waitedOut.add(uri);
        resolve(this.pushed ?? DEFAULT_SETTINGS);
      }, SETTINGS_ANSWER_TIMEOUT_MS);
    });
    return Promise.race([request, timeout]).finally(() => clearTimeout(timer));
  }

  /** After `workspace/didChangeConfiguration`: forget everything (and keep pushed settings if sent). */
  changed(pushedSettings: unknown): void {
    this.generation++;
    this.byUri.clear();
    this.pending.clear();
    this.waitedOut.clear();
    const section = pushedSettings !== null && typeof pushedSettings === "object" ? (pushedSettings as Record<string, unknown>).openclaw : undefined;
    if (section !== undefined) this.pushed = normalizeSettings(section);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.pending.delete(uri);
    this.waitedOut.delete(uri);
  }
}
