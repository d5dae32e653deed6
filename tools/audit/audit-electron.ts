/**
 * `npm run audit:electron`: Electronegativity over the main process's TypeScript sources and over the bundle
 * that ships (dist/electron with the renderer's index.html), its SARIF parsed, failing on any finding that has no
 * written, specific justification in build/electronegativity-justifications.json whose evidence still holds.
 * Usage: tsx tools/audit/audit-electron.ts (after npm run build)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable } from '../dev/print-table';
import {
  gateFindings,
  justificationProblems,
  readSarif,
  type Finding,
  type Justification,
} from './electronegativity/sarif';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const JUSTIFICATIONS = path.join(repoRoot, 'build', 'electronegativity-justifications.json');

async function scan(input: string, electronVersion: string): Promise<Finding[]> {
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'airgap-en-')), 'result.sarif');
  const cli = path.join(repoRoot, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  const args = [cli, '-i', input, '-r', '-o', out, '-e', electronVersion, '-v', 'false'];
  // It fetches translations and Electron's release list from GitHub (and gives up after about 10 s offline);
  // where a network namespace can be made, it runs without any network at all.
  const offline = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v unshare']).status === 0;
  // It always exits 0, so success is judged by the SARIF it writes, not by the exit code.
  const run = offline
    ? spawnSync('unshare', ['-n', '--', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (!existsSync(out))
    throw new Error(`Electronegativity wrote no SARIF for ${input}:\n${run.stdout}\n${run.stderr}`);
  const findings = readSarif(JSON.parse(await readFile(out, 'utf8')));
  await rm(path.dirname(out), { recursive: true, force: true });
  return findings;
}

async function main(): Promise<number> {
  const pkg = JSON.parse(
    await readFile(path.join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  const bundle = path.join(repoRoot, 'dist', 'electron');
  if (!existsSync(path.join(bundle, 'main.cjs'))) {
    console.error('No bundled main process in dist/electron: run npm run build first.');
    return 1;
  }
  // The bundle is scanned with the page it loads, so the CSP in its meta tag is seen as Electron would see it.
  const staged = await mkdtemp(path.join(os.tmpdir(), 'airgap-en-bundle-'));
  // Renamed to .js: Electronegativity reads only .js, .jsx, .ts, .tsx and .html, and would skip .cjs silently.
  for (const name of ['main', 'preload'])
    await copyFile(path.join(bundle, `${name}.cjs`), path.join(staged, `${name}.js`));
  await copyFile(path.join(repoRoot, 'dist', 'renderer', 'index.html'), path.join(staged, 'index.html'));

  const justifications = JSON.parse(await readFile(JUSTIFICATIONS, 'utf8')) as Justification[];
  const problems = justifications.flatMap(justificationProblems);
  for (const j of justifications) {
    const file = path.join(repoRoot, j.evidence.file);
    const text = existsSync(file) ? await readFile(file, 'utf8') : '';
    if (!text.includes(j.evidence.contains))
      problems.push(
        `${j.rule}: its evidence no longer holds (${j.evidence.file} lacks "${j.evidence.contains}")`,
      );
  }

  const rows: string[][] = [];
  let unjustified = 0;
  for (const [name, input] of [
    ['sources', path.join(repoRoot, 'electron')],
    ['bundle', staged],
  ] as const) {
    const gate = gateFindings(await scan(input, pkg.version), name, justifications);
    unjustified += gate.unjustified.length;
    for (const f of gate.unjustified)
      rows.push([name, f.rule, `${f.file || '(global)'}:${f.line}`, 'NOT JUSTIFIED', f.message]);
    for (const f of gate.justified) rows.push([name, f.rule, f.file || '(global)', 'justified', f.message]);
    for (const f of gate.forReview)
      rows.push([name, f.rule, `${f.file}:${f.line}`, 'manual review (not gated)', f.message]);
  }
  await rm(staged, { recursive: true, force: true });
  printTable('Electronegativity findings', ['scan', 'rule', 'where', 'verdict', 'message'], rows);
  for (const problem of problems) console.error(`justification problem: ${problem}`);
  const passes = unjustified === 0 && problems.length === 0;
  console.log(
    `\nelectronegativity: ${passes ? 'PASSED' : 'FAILED'} (${rows.length} findings, ${unjustified} not justified, ${problems.length} justification problems)`,
  );
  return passes ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
