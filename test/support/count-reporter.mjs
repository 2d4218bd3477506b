import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Counts passed, failed and skipped tests of a web-test-runner run into a JSON file, with
 * the name and first error line of each failure so `npm test` can repeat them at the end
 * (a CI log is often read from its tail).
 */
export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: sessions.length, sessionErrors: 0, failures: [] };
      const visit = (suite, path, testFile) => {
        for (const test of suite.tests) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else {
            counts.failed++;
            const message = String(test.error?.message ?? 'failed').split('\n')[0];
            counts.failures.push(`${testFile} › ${[...path, test.name].join(' › ')}: ${message}`);
          }
        }
        for (const child of suite.suites) visit(child, [...path, child.name], testFile);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults, [], session.testFile);
        for (const error of session.errors ?? []) {
          counts.sessionErrors++;
          counts.failures.push(`${session.testFile}: ${String(error.message ?? error).split('\n')[0]}`);
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
