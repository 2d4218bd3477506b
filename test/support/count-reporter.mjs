import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Counts passed, failed and skipped tests of a web-test-runner run into a JSON file. */
export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: sessions.length, sessionErrors: 0 };
      const visit = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        suite.suites.forEach(visit);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        if (session.errors?.length) counts.sessionErrors += session.errors.length;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
