import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Ends the run with one plain "N passed, N failed, N skipped" line, so CI logs state the result the same way for every runner. */
export default class SummaryReporter implements Reporter {
  #outcomes = new Map<string, 'passed' | 'failed' | 'skipped'>();

  onTestEnd(test: TestCase, result: TestResult): void {
    // Retries report the same test again; the last result is the one that counts.
    const status = result.status === 'skipped' ? 'skipped' : result.status === 'passed' ? 'passed' : 'failed';
    this.#outcomes.set(test.id, status);
  }

  onEnd(): void {
    const count = (status: string) => [...this.#outcomes.values()].filter((value) => value === status).length;
    console.log(`e2e: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
