/**
 * A scriptable HTTP API for browser tests, served by web-test-runner's dev server, so the
 * client is tested with the browser's real fetch: headers, retries, timeouts, keepalive.
 *
 * A test picks a random session id and works under /__mock/<sid>/:
 *   POST /__mock/<sid>/__script  {"GET /courses/c1": [{status, headers, body, text, delayMs}, …]}
 *        Each request to that route takes the next answer; the last one repeats.
 *   GET  /__mock/<sid>/__log     every request received: method, path, query, headers, body.
 * Sessions keep test files that run in parallel apart.
 */
const sessions = new Map();

function session(id) {
  let s = sessions.get(id);
  if (!s) sessions.set(id, (s = { routes: {}, log: [] }));
  return s;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function mockApi() {
  return async (ctx, next) => {
    const match = /^\/__mock\/([\w-]+)(\/.*)?$/.exec(ctx.path);
    if (!match) return next();
    const [, sid, rest = '/'] = match;
    const s = session(sid);
    const text = await readBody(ctx.req);

    if (rest === '/__script' && ctx.method === 'POST') {
      s.routes = JSON.parse(text);
      s.log = [];
      ctx.status = 204;
      return;
    }
    if (rest === '/__log') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(s.log);
      return;
    }

    s.log.push({ method: ctx.method, path: rest, query: ctx.querystring, headers: ctx.headers, body: text, at: Date.now() });
    const answers = s.routes[`${ctx.method} ${rest}`];
    if (!answers?.length) {
      ctx.status = 404;
      ctx.type = 'application/problem+json';
      ctx.body = JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: `${ctx.method} ${rest} is not scripted` });
      return;
    }
    const answer = answers.length > 1 ? answers.shift() : answers[0];
    if (answer.delayMs) await wait(answer.delayMs);
    ctx.status = answer.status ?? 200;
    for (const [name, value] of Object.entries(answer.headers ?? {})) ctx.set(name, value);
    if (answer.text !== undefined) {
      ctx.body = answer.text;
    } else if (answer.body !== undefined) {
      ctx.type = ctx.response.get('Content-Type') || (ctx.status >= 400 ? 'application/problem+json' : 'application/json');
      ctx.body = JSON.stringify(answer.body);
    }
  };
}
