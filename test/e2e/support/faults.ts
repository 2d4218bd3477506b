/**
 * Fault injection for end-to-end runs: a Playwright route over the API that answers a
 * share of the calls with 503 instead of the server, reproducibly. Each call's fate is a
 * hash of the seed, its method and path and how many times that method and path were
 * called before, so the same run meets the same faults whatever order parallel requests
 * arrive in. Half of the faulted writes reach the server first and only the answer is
 * lost (the case idempotency keys exist for); the other half never arrive.
 */
import { createHash } from 'node:crypto';
import type { BrowserContext, Route } from 'playwright-core';

export interface Call {
  method: string;
  path: string;
  key: string | undefined;
  /** What the page got: the server's status, or the injected one. */
  status: number;
  /** `server`: passed through; `lost`: the server did it, the page got 503; `dropped`: 503 before the server; `refused`: a scripted 4xx. */
  fate: 'server' | 'lost' | 'dropped' | 'refused';
}

export interface FaultPlan {
  seed: number;
  /** Share of API calls answered 503 (0–1). */
  rate: number;
  /** Only paths under this prefix are touched. */
  prefix?: string;
}

export interface Faults {
  calls: Call[];
  /** Answers the next call matching `method path` (regex on the path) with `status`, without asking the server. */
  refuseNext(method: string, path: RegExp, status: number): void;
  /** Answers the next `times` calls matching `method path` with 503, whatever the dice say. */
  failNext(method: string, path: RegExp, times: number): void;
  /**
   * Takes the network away (and gives it back). Requests that a route handles bypass the
   * browser's own offline emulation, so while offline the route fails them as the network would.
   */
  setOffline(offline: boolean): Promise<void>;
  /** Calls per idempotency key. */
  attemptsOf(key: string): Call[];
  stop(): Promise<void>;
}

const problem = (status: number, title: string) => ({
  status,
  contentType: 'application/problem+json',
  body: JSON.stringify({ type: 'about:blank', title, status, detail: 'injected by the fault-injection test' }),
});

/** A number in [0, 1) from the seed and the call's identity. */
function dice(seed: number, identity: string): number {
  return createHash('sha256').update(`${seed}|${identity}`).digest().readUInt32BE(0) / 2 ** 32;
}

export async function injectFaults(context: BrowserContext, plan: FaultPlan): Promise<Faults> {
  const prefix = plan.prefix ?? '/api/v1/';
  const calls: Call[] = [];
  const seen = new Map<string, number>();
  let offline = false;
  const scripted: Array<{ method: string; path: RegExp; status: number; times: number }> = [];

  const handler = async (route: Route) => {
    try {
      await decide(route);
    } catch (error) {
      // The page went away with the request in flight (a navigation, a closed context).
      if (!/closed|already handled|Target|aborted/i.test(String(error))) throw error;
    }
  };

  const decide = async (route: Route) => {
    const request = route.request();
    const method = request.method();
    const path = new URL(request.url()).pathname.slice(prefix.length - 1);
    if (offline) return route.abort('internetdisconnected');
    const key = (await request.allHeaders())['idempotency-key'];
    const log = (status: number, fate: Call['fate']) => calls.push({ method, path, key, status, fate });

    const script = scripted.find((s) => s.method === method && s.path.test(path) && s.times > 0);
    if (script) {
      script.times -= 1;
      if (script.status >= 500) {
        log(script.status, 'dropped');
        return route.fulfill(problem(script.status, 'Service Unavailable'));
      }
      log(script.status, 'refused');
      return route.fulfill(problem(script.status, 'Refused by the test'));
    }

    const identity = `${method} ${path}`;
    const n = seen.get(identity) ?? 0;
    seen.set(identity, n + 1);
    if (dice(plan.seed, `${identity}#${n}`) < plan.rate) {
      if (method !== 'GET' && dice(plan.seed, `${identity}#${n}/lost`) < 0.5) {
        const response = await route.fetch();
        log(response.status() < 300 ? 503 : response.status(), response.status() < 300 ? 'lost' : 'server');
        return response.status() < 300 ? route.fulfill(problem(503, 'Service Unavailable')) : route.fulfill({ response });
      }
      log(503, 'dropped');
      return route.fulfill(problem(503, 'Service Unavailable'));
    }
    const response = await route.fetch();
    log(response.status(), 'server');
    return route.fulfill({ response });
  };

  const pattern = (url: URL) => url.pathname.startsWith(prefix);
  await context.route(pattern, handler);
  return {
    calls,
    refuseNext(method, path, status) {
      scripted.push({ method, path, status, times: 1 });
    },
    failNext(method, path, times) {
      scripted.push({ method, path, status: 503, times });
    },
    async setOffline(value) {
      offline = value;
      await context.setOffline(value);
    },
    attemptsOf: (key) => calls.filter((c) => c.key === key),
    stop: () => context.unroute(pattern, handler),
  };
}
