/** Browser side of test/support/mock-api.mjs: script answers, read what the server saw. */
import { layerSettings, resolveSettings, type Settings } from '../../../src/config/settings.js';

export interface MockAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  text?: string;
  delayMs?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
  at: number;
}

export interface MockServer {
  /** Use as `api-base`. */
  base: string;
  log(): Promise<LoggedRequest[]>;
  script(routes: Record<string, MockAnswer[]>): Promise<void>;
}

export async function mockServer(routes: Record<string, MockAnswer[]> = {}): Promise<MockServer> {
  const base = `/__mock/${Math.random().toString(36).slice(2)}`;
  const server: MockServer = {
    base,
    async log() {
      return (await fetch(`${base}/__log`)).json() as Promise<LoggedRequest[]>;
    },
    async script(next) {
      await fetch(`${base}/__script`, { method: 'POST', body: JSON.stringify(next) });
    },
  };
  await server.script(routes);
  return server;
}

/** Records the waits the client asks for instead of waiting. */
export function recordingSleep(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

/** Resolved settings for a client pointed at `base` (a mock server's), with `extra` laid over. */
export const settingsFor = (base: string, extra: Settings = {}) => resolveSettings(layerSettings([{ apiBase: base, ...extra }]));

/** What `promise` rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
