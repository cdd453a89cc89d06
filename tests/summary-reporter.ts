import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with a plain `Tests: N passed, N failed, N skipped` line that any CI can read,
 * after the name of each skipped group, whose name says why it was skipped.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const skippedGroups = new Set<string>();
    // A file that fails to load has no tests to count, and must not read as a pass.
    let unloaded = 0;
    for (const module of testModules) {
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) unloaded += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed') counts[state] += 1;
        else counts.skipped += 1;
      }
      for (const suite of module.children.allSuites()) {
        if (suite.state() === 'skipped' && suite.parent.type === 'module')
          skippedGroups.add(`${module.moduleId.split('/tests/')[1]}: ${suite.name}`);
      }
    }
    for (const group of skippedGroups) process.stdout.write(`\nSkipped ${group}`);
    const files = unloaded > 0 ? `, ${unloaded} test file${unloaded === 1 ? '' : 's'} failed to load` : '';
    process.stdout.write(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${files}\n`);
  }
}
