/**
 * Prints CI's closing lines from the reporters' JSON files (reports/unit.json from Vitest, reports/e2e.json from
 * Playwright): one line per suite, then the total, which CI's log reader takes as the run's counts.
 * Usage: tsx tools/ci/summary.ts <exit code of npm test>
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closingLine, playwrightCounts, vitestCounts, type SuiteCounts } from './test-counts';

const reports = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'reports');
const exitCode = Number(process.argv[2] ?? '1');

function read(file: string, parse: (report: unknown) => SuiteCounts): SuiteCounts | undefined {
  const full = path.join(reports, file);
  if (!existsSync(full)) return undefined;
  try {
    return parse(JSON.parse(readFileSync(full, 'utf8')));
  } catch (error) {
    console.log(`${file}: unreadable (${(error as Error).message})`);
    return undefined;
  }
}

const describe = (name: string, s: SuiteCounts | undefined): string =>
  s ? `${name}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped` : `${name}: did not run`;
const unit = read('unit.json', vitestCounts);
const e2e = read('e2e.json', playwrightCounts);
console.log(describe('unit', unit));
console.log(
  `${describe('e2e', e2e)}${e2e && e2e.skipped > 0 ? ' (the Electron project: no binary here)' : ''}`,
);
console.log(closingLine([unit, e2e], exitCode));
