#!/usr/bin/env node
/**
 * pb-verify: checks that a backend implements the party-building-widgets REST contract.
 *
 *   npx pb-verify https://portal.example.cn/api/v1 --token <test member's bearer token>
 *   npx pb-verify http://127.0.0.1:8787/api/v1 --cookie 'pb_session=…' --csrf <token>
 *
 * Prints one row per check and exits 1 when any check fails. Use a disposable test member:
 * the only writes are a draft of one open questionnaire, put back as it was at the end, and
 * the member's voice on one course request set to what it already is.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { verify } from './pb-verify/verify.mjs';

const usage = `Usage: pb-verify <api-base> [--token <bearer token> | --cookie <cookie header>] [--csrf <token>] [--csrf-header <name>] [--json]

  <api-base>      the base URL of the API, e.g. https://portal.example.cn/api/v1
  --token         a bearer token of a disposable test member
  --cookie        the Cookie header of a signed-in test member (e.g. "pb_session=…")
  --csrf          the CSRF token that goes with that cookie (writes need it)
  --csrf-header   the header carrying it (default X-CSRF-Token)
  --json          print the results as JSON instead of a table

Writes: saves (and then restores) the test member's draft of one open questionnaire, and
sets the member's voice on one course request to what it already is.`;

function table(rows) {
  const head = ['Endpoint', 'Check', 'Result', 'What was wrong'];
  const body = rows.map((r) => [r.endpoint, r.check, r.result.toUpperCase(), r.problem]);
  const widths = head.map((h, i) => Math.min(i === 3 ? 200 : 72, Math.max(h.length, ...body.map((row) => row[i].length))));
  const line = (cells) => cells.map((cell, i) => (i === 3 ? cell : cell.slice(0, widths[i]).padEnd(widths[i]))).join('  ').trimEnd();
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
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    out(`${error.message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1 || !/^https?:\/\//.test(positionals[0])) {
    out(usage);
    return values.help ? 0 : 2;
  }
  const rows = await verify({ base: positionals[0], token: values.token, cookie: values.cookie, csrf: values.csrf, csrfHeader: values['csrf-header'] });
  const failed = rows.filter((r) => r.result === 'fail').length;
  const passed = rows.filter((r) => r.result === 'pass').length;
  if (values.json) out(JSON.stringify({ passed, failed, rows }, null, 2));
  else out(`${table(rows)}\n\n${passed} passed, ${failed} failed, ${rows.length - passed - failed} skipped (${rows.length} checks)`);
  return failed ? 1 : 0;
}

const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
