// `npm run build [-- --archive <folder> [--strict]]`, and `npm start`, `npm run preview` and `npm run dist`,
// which build first and take the same options: npm would hand `--archive` to the last command of a `&&` chain,
// so one script runs the steps and gives each its own arguments.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** What runs after the build, by the npm script that asked for it. */
export const AFTER_BUILD = {
  start: 'tools/dev/start-electron.ts',
  preview: 'tools/dev/preview.ts',
  dist: 'tools/build/dist.ts',
} as const;

/** The commands a build runs, in order: data (with the archive options), renderer, main process, then `then`. */
export function planBuild(args: readonly string[]): string[][] {
  const { values, tokens } = parseArgs({
    args: [...args],
    options: { archive: { type: 'string' }, strict: { type: 'boolean' }, then: { type: 'string' } },
    strict: false,
    tokens: true,
  });
  const then = values.then;
  if (then !== undefined && !(typeof then === 'string' && then in AFTER_BUILD)) {
    throw new Error(`--then must be one of ${Object.keys(AFTER_BUILD).join(', ')}`);
  }
  if (values.archive === true || values.archive === '') throw new Error('--archive needs a folder');
  const data = ['npm', 'run', '--silent', 'build:data', '--'];
  if (typeof values.archive === 'string') data.push('--archive', values.archive);
  if (values.strict === true) data.push('--strict');
  // Everything that is not a build option goes to the command run after the build (e.g. dist's --dir).
  const rest: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option' && ['archive', 'strict', 'then'].includes(token.name)) continue;
    if (token.kind === 'option')
      rest.push(token.rawName, ...(token.value === undefined ? [] : [token.value]));
    else if (token.kind === 'positional') rest.push(token.value);
  }
  const steps = [
    data,
    ['npm', 'run', '--silent', 'build:renderer'],
    ['npm', 'run', '--silent', 'build:electron'],
  ];
  if (then !== undefined) steps.push(['npx', 'tsx', AFTER_BUILD[then as keyof typeof AFTER_BUILD], ...rest]);
  return steps;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let steps: string[][];
  try {
    steps = planBuild(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  for (const [command, ...args] of steps) {
    const result = spawnSync(command!, args, { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
