// Checks the app's ZIM reader against zimdump on any ZIM file: every entry zimdump lists must be read with the
// same path, title, kind, redirect, content type and bytes. Run: npx tsx tools/zim/check-against-zimdump.ts FILE...
// (needs Debian's zim-tools; dumps the file to a temporary folder, so suits files up to a few hundred MB).
import { readFileSync } from 'node:fs';
import { memorySource } from '../../archive/core/zim/byte-source';
import type { Dirent } from '../../archive/core/zim/dirent';
import { ZimArchive } from '../../archive/core/zim/zim-archive';
import { zimdumpReference } from './zimdump-reference';

async function check(file: string): Promise<string[]> {
  const reference = zimdumpReference(file);
  const zim = await ZimArchive.open(memorySource(readFileSync(file)));
  const shown = new Map<string, Dirent>();
  for (let i = 0; i < zim.entryCount; i++) {
    const entry = await zim.entryAt(i);
    if (!zim.header.newNamespaces) shown.set(`${entry.namespace}/${entry.path}`, entry);
    else if (entry.namespace === 'C') shown.set(entry.path, entry);
  }
  const problems: string[] = [];
  if (shown.size !== reference.entries.length)
    problems.push(`${shown.size} entries read, zimdump lists ${reference.entries.length}`);
  for (const expected of reference.entries) {
    const entry = shown.get(expected.path);
    if (entry === undefined) {
      problems.push(`${expected.path}: not read`);
      continue;
    }
    if (entry.title !== expected.title) problems.push(`${expected.path}: title ${entry.title}`);
    if (expected.type === 'redirect') {
      if (entry.kind !== 'redirect' || entry.target !== expected.redirect)
        problems.push(`${expected.path}: not the same redirect`);
      continue;
    }
    if (entry.kind !== 'content') {
      problems.push(`${expected.path}: read as ${entry.kind}`);
      continue;
    }
    const content = await zim.content(entry);
    if (content.mimeType !== expected.mimeType) problems.push(`${expected.path}: type ${content.mimeType}`);
    if (
      expected.bytes !== undefined &&
      Buffer.compare(Buffer.from(content.bytes), Buffer.from(expected.bytes, 'base64')) !== 0
    )
      problems.push(`${expected.path}: other bytes`);
  }
  console.log(`${file}: ${reference.entries.length} entries, ${problems.length} differences`);
  return problems;
}

let failed = false;
for (const file of process.argv.slice(2)) {
  const problems = await check(file);
  for (const problem of problems.slice(0, 20)) console.log(`  ${problem}`);
  failed ||= problems.length > 0;
}
process.exitCode = failed ? 1 : 0;
