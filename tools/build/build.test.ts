import { describe, expect, it } from 'vitest';
import { planBuild } from './build';

describe('planBuild', () => {
  it('builds the bundled archive by default, in three steps', () => {
    expect(planBuild([])).toEqual([
      ['npm', 'run', '--silent', 'build:data', '--'],
      ['npm', 'run', '--silent', 'build:renderer'],
      ['npm', 'run', '--silent', 'build:electron'],
    ]);
  });

  it('hands --archive and --strict to the data step and everything else to the command run after', () => {
    const steps = planBuild(['--archive', 'my folder', '--strict', '--then', 'dist', '--dir']);
    expect(steps[0]).toEqual([
      'npm',
      'run',
      '--silent',
      'build:data',
      '--',
      '--archive',
      'my folder',
      '--strict',
    ]);
    expect(steps.at(-1)).toEqual(['npx', 'tsx', 'tools/build/dist.ts', '--dir']);
    expect(planBuild(['--archive=x', '--then=preview', '--port', '5000']).at(-1)).toEqual([
      'npx',
      'tsx',
      'tools/dev/preview.ts',
      '--port',
      '5000',
    ]);
  });

  it('refuses an unknown follow-up and an --archive without a folder', () => {
    expect(() => planBuild(['--then', 'deploy'])).toThrow(/start, preview, dist/);
    expect(() => planBuild(['--archive'])).toThrow(/needs a folder/);
  });
});
