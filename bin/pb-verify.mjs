#!/usr/bin/env node
/**
 * pb-verify: checks that a backend gives the widgets what they need.
 *
 * A backend that speaks the REST contract, over raw HTTP, its answers checked with the
 * contract's shapes (the ones the widgets' backend checks answers with):
 *
 *   npx pb-verify https://portal.example.cn/api/v1 --token <test member's bearer token>
 *   npx pb-verify http://127.0.0.1:8787/api/v1 --cookie 'pb_session=…' --csrf <token>
 *
 * A site connected by settings (field maps, presets, models), through those settings:
 *
 *   npx pb-verify --config site.json --base-url https://portal.example.cn --token <member's token>
 *
 * Prints one row per check and exits 1 when any check fails. Use a disposable test member:
 * against <api-base> the only writes are a draft of one open questionnaire, put back as it
 * was at the end, and the member's voice on one course request set to what it already is.
 *
 * `--config` runs the library itself in Node: its client, its site module and the widgets'
 * own shapes (src/verify/verify-site.ts), so the answers are read exactly as a page reads
 * them. From the package that is the npm build, dist/verify/verify-site.js (one module per
 * source file; vite.config.ts builds it as an entry of its own). In the repository, where
 * dist/ may be missing or older than the code, the TypeScript sources run instead, through
 * tsx: a test never checks yesterday's build.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { library } from './pb-verify/library.mjs';
import { verify } from './pb-verify/verify.mjs';

const usage = `Usage: pb-verify <api-base> [--token <bearer token> | --cookie <cookie header>] [--csrf <token>] [--csrf-header <name>] [--json]
       pb-verify --config <site.json | site.mjs> [--base-url <page address>] [--token <token> | --cookie <cookie header>] [--value <name>=<value>]… [--writes] [--json]

  <api-base>      the base URL of an API that speaks the contract, e.g. https://portal.example.cn/api/v1
  --config        the site's settings, as the page gives them to <pb-config site> or configure():
                  a JSON file, or a module whose default export is the settings (with functions)
  --base-url      the address of the page, for a relative apiBase such as "/prod-api"
  --token         a test member's token; with --config it goes where the page sends it (auth.header)
  --cookie        the Cookie header of a signed-in test member (e.g. "pb_session=…"); with --config,
                  cookie: token sources (RuoYi's Admin-Token) read it too
  --csrf          the CSRF token that goes with that cookie (writes need it)
  --csrf-header   the header carrying it (default X-CSRF-Token)
  --value         with --config: a value the page reads from its storage, e.g. --value userId=1798…
  --writes        with --config: also make the writes that cannot be undone (a progress report,
                  a timed attempt, a submission of answers, a payment): only for a test member
  --json          print the results as JSON instead of a table

Writes: against <api-base>, saves (and then restores) the test member's draft of one open
questionnaire, and sets the member's voice on one course request to what it already is. With --config, only reads (and a draft saved back as it was) unless --writes.`;

/** The settings in a JSON file, or a module's default export; throws a message naming the file. */
async function readSettings(path) {
  const file = resolve(path);
  if (!existsSync(file)) throw new Error(`${path}: no such file`);
  if (/\.(mjs|js)$/.test(file)) {
    const settings = (await import(pathToFileURL(file).href)).default;
    if (typeof settings !== 'object' || settings === null) throw new Error(`${path}: its default export is not an object of settings`);
    return settings;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not JSON: ${error.message}`);
  }
}

function table(rows) {
  const head = ['Endpoint', 'Check', 'Result', 'What was wrong'];
  const body = rows.map((r) => [r.endpoint, r.check, r.result.toUpperCase(), r.problem]);
  const widths = head.map((h, i) => Math.min(i === 3 ? 200 : 72, Math.max(h.length, ...body.map((row) => row[i].length))));
  const fit = (cell, width) => (cell.length > width ? `${cell.slice(0, width - 1)}…` : cell.padEnd(width));
  const line = (cells) => cells.map((cell, i) => (i === 3 ? cell : fit(cell, widths[i]))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export async function main(argv, out = console.log) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        token: { type: 'string' },
        cookie: { type: 'string' },
        csrf: { type: 'string' },
        'csrf-header': { type: 'string' },
        json: { type: 'boolean' },
        config: { type: 'string' },
        'base-url': { type: 'string' },
        value: { type: 'string', multiple: true },
        writes: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    out(`${error.message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.config && !values.help) return checkSite(values, out);
  if (values.help || positionals.length !== 1 || !/^https?:\/\//.test(positionals[0])) {
    out(usage);
    return values.help ? 0 : 2;
  }
  const rows = await verify({ base: positionals[0], token: values.token, cookie: values.cookie, csrf: values.csrf, csrfHeader: values['csrf-header'] });
  return report(rows, values.json, out);
}

/** `--config`: the site checked through its settings, by the library itself. */
async function checkSite(options, out) {
  const values = {};
  for (const pair of options.value ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) {
      out(`--value ${pair}: write it as name=value\n\n${usage}`);
      return 2;
    }
    values[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const baseUrl = options['base-url'];
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/.test(baseUrl)) {
    out(`--base-url ${baseUrl}: give the page's address, e.g. https://portal.example.cn\n\n${usage}`);
    return 2;
  }
  let settings;
  try {
    settings = await readSettings(options.config);
  } catch (error) {
    out(`${error.message}\n\n${usage}`);
    return 2;
  }
  if (!options.json) {
    const api = typeof settings.apiBase === 'string' && baseUrl ? new URL(settings.apiBase, baseUrl).href : (settings.apiBase ?? 'the site');
    out(`Checking ${api} through ${options.config}, as the widgets read it (${options.writes ? 'with writes' : 'reads only'})\n`);
  }
  const { verifySite } = await library();
  const { token, cookie, csrf, writes } = options;
  const rows = await verifySite({ settings, baseUrl, token, cookie, csrf, csrfHeader: options['csrf-header'], values, writes });
  return report(rows, options.json, out);
}

function report(rows, json, out) {
  const failed = rows.filter((r) => r.result === 'fail').length;
  const passed = rows.filter((r) => r.result === 'pass').length;
  if (json) out(JSON.stringify({ passed, failed, rows }, null, 2));
  else out(`${table(rows)}\n\n${passed} passed, ${failed} failed, ${rows.length - passed - failed} skipped (${rows.length} checks)`);
  return failed ? 1 : 0;
}

const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
