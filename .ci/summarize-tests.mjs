// Sums the Vitest JSON reports (.test-results.json) of every workspace that has a test script
// and prints the closing line CI reads: "N passed, N failed". A workspace whose report is
// missing counts as a failure (its runner crashed or never ran). `--clean` removes old reports.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const workspaces = ['specs', 'stories', 'bench', ...readdirSync(path.join(root, 'packages')).map((name) => `packages/${name}`)]
  .filter((dir) => existsSync(path.join(root, dir, 'package.json')))
  .filter((dir) => JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8')).scripts?.test);

if (process.argv.includes('--clean')) {
  for (const dir of workspaces) rmSync(path.join(root, dir, '.test-results.json'), { force: true });
  process.exit(0);
}

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
for (const dir of workspaces) {
  const file = path.join(root, dir, '.test-results.json');
  if (!existsSync(file)) {
    failed += 1;
    problems.push(`${dir}: no test report (the test run crashed or did not start)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if ((report.numFailedTestSuites ?? 0) > 0 && (report.numFailedTests ?? 0) === 0) {
    failed += report.numFailedTestSuites;
    problems.push(`${dir}: ${report.numFailedTestSuites} test file(s) failed to load`);
  } else if (report.success === false && (report.numFailedTests ?? 0) === 0) {
    // Vitest marks a run unsuccessful on unhandled errors (e.g. a browser that did not start).
    failed += 1;
    problems.push(`${dir}: the run reported errors outside any test`);
  }
  console.log(`${dir}: ${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed`);
}
for (const problem of problems) console.log(problem);
if (passed === 0) problems.push('no test ran');
// Unhandled errors (a browser that did not start, an error thrown after a test) fail the
// runner without reaching its JSON report; the exit status of the whole run catches them.
const runExit = Number(process.argv[process.argv.indexOf('--run-exit') + 1] ?? 0);
if (process.argv.includes('--run-exit') && runExit !== 0 && failed === 0) {
  failed += 1;
  console.log(`a test run exited with status ${runExit} outside any reported test`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
