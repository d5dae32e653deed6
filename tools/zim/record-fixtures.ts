// Records the ZIM fixtures the reader is tested on, and what the reference reader says of each: one file made by
// zimwriterfs (the reference writer: current format, zstd), two made by zim-writer.ts (older namespaces with xz,
// extended clusters), then `zimdump` lists and dumps every file. Run: npx tsx tools/zim/record-fixtures.ts
// (needs Debian's zim-tools); name files after it to record only those. The tests read only the recorded files, so they need neither tool.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zimdumpReference as reference } from './zimdump-reference';
import { writeZim, type FixtureEntry, type FixtureSpec } from './zim-writer';

const here = import.meta.dirname;
const out = path.join(here, '..', '..', 'archive', 'core', 'zim', 'fixtures');
const source = path.join(here, 'fixture-source');
const file = (p: string): Buffer => readFileSync(path.join(source, p));
const text = (s: string): Buffer => Buffer.from(s, 'utf8');

/** Metadata every fixture carries, as zimwriterfs is told it. */
const META = {
  Title: 'Drone audits',
  Description: 'Small test library',
  Language: 'eng',
  Creator: 'Airgap tests',
  Publisher: 'Airgap',
  Date: '2026-12-07',
};

function modern(target: string): void {
  const args = ['-w', 'index.html', '-I', 'I/dot.png', '-l', META.Language, '-t', META.Title];
  args.push('-d', META.Description, '-c', META.Creator, '-p', META.Publisher, '-j', source, target);
  execFileSync('zimwriterfs', args, { stdio: 'ignore' });
}

/** A library in French (Language "fra"), whose pages are found by other forms of their words. */
function french(target: string): void {
  const args = ['-w', 'index.html', '-I', 'I/dot.png', '-l', 'fra', '-t', 'Audits de drones'];
  args.push('-d', 'Petite bibliothèque de test', '-c', META.Creator, '-p', META.Publisher);
  execFileSync('zimwriterfs', [...args, '-j', `${source}-fr`, target], { stdio: 'ignore' });
}

/**
 * A second edition of modern.zim: the same title and pages under a new UUID, with one sentence changed, so
 * highlights moved to it from the first edition anchor by their quotes (one in changed text).
 */
function modernSecondEdition(target: string): void {
  const copy = mkdtempSync(path.join(tmpdir(), 'airgap-edition-'));
  try {
    cpSync(source, copy, { recursive: true });
    const kivu = path.join(copy, 'A', 'Kivu.html');
    writeFileSync(kivu, readFileSync(kivu, 'utf8').replace('tested three drones', 'tested these drones'));
    const args = ['-w', 'index.html', '-I', 'I/dot.png', '-l', META.Language, '-t', META.Title];
    args.push('-d', META.Description, '-c', META.Creator, '-p', META.Publisher, '-j', copy, target);
    execFileSync('zimwriterfs', args, { stdio: 'ignore' });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** The same pages, as a file of the older namespaces (A, I, -) or the newer ones (C, W) lays them out. */
function pages(layout: 'old' | 'new'): FixtureEntry[] {
  const old = layout === 'old';
  const [ns, articles, images] = old ? ['A', '', 'I'] : ['C', 'A/', 'C'];
  const image = old ? 'dot.png' : 'I/dot.png';
  const html = (path: string, title: string, source: string): FixtureEntry => ({
    namespace: ns,
    path,
    title,
    mimeType: 'text/html',
    content: file(source),
    cluster: 0,
  });
  return [
    html('index.html', 'Drone data audits', 'index.html'),
    html(`${articles}Booz_Allen.html`, 'Booz Allen audit', 'A/Booz_Allen.html'),
    html(`${articles}Kivu.html`, 'Kivu report – Données', 'A/Kivu.html'),
    {
      namespace: ns,
      path: `${articles}Booz.html`,
      title: 'Booz',
      redirectTo: { namespace: ns, path: `${articles}Booz_Allen.html` },
    },
    { namespace: images, path: image, mimeType: 'image/png', content: file('I/dot.png'), cluster: 1 },
    old
      ? { namespace: '-', path: 'favicon', mimeType: 'image/png', content: file('I/dot.png'), cluster: 1 }
      : {
          namespace: 'M',
          path: 'Illustration_48x48@1',
          mimeType: 'image/png',
          content: file('I/dot.png'),
          cluster: 1,
        },
    ...(old
      ? []
      : [{ namespace: 'W', path: 'mainPage', redirectTo: { namespace: 'C', path: 'index.html' } }]),
    ...Object.entries(META).map(([key, value]) => ({
      namespace: 'M',
      path: key,
      mimeType: 'text/plain',
      content: text(value),
      cluster: 1,
    })),
  ];
}

/** The older format: version 5, namespaces A, I, M, -, the articles in an xz cluster. */
const legacy = (): FixtureSpec => ({
  major: 5,
  minor: 0,
  uuid: Buffer.from('00112233445566778899aabbccddeeff', 'hex'),
  clusters: [
    { compression: 'xz', extended: false },
    { compression: 'none', extended: false },
  ],
  mainPage: { namespace: 'A', path: 'index.html' },
  entries: pages('old'),
});

/** The newer format with extended clusters (64-bit offsets), one zstd, one plain. */
const extended = (): FixtureSpec => ({
  major: 6,
  minor: 1,
  uuid: Buffer.from('ffeeddccbbaa99887766554433221100', 'hex'),
  clusters: [
    { compression: 'zstd', extended: true },
    { compression: 'none', extended: true },
  ],
  mainPage: { namespace: 'C', path: 'index.html' },
  entries: pages('new'),
});

const targets = {
  'modern.zim': (target: string) => modern(target),
  'modern-2.zim': (target: string) => modernSecondEdition(target),
  'french.zim': (target: string) => french(target),
  'legacy-xz.zim': (target: string) => writeFileSync(target, writeZim(legacy())),
  'extended-zstd.zim': (target: string) => writeFileSync(target, writeZim(extended())),
};
// Names on the command line record only those files (each recording gets a new UUID, and tests know some).
const wanted = process.argv.slice(2);
for (const [name, make] of Object.entries(targets)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const target = path.join(out, name);
  rmSync(target, { force: true });
  make(target);
  writeFileSync(target.replace(/\.zim$/, '.zimdump.json'), `${JSON.stringify(reference(target), null, 2)}\n`);
  console.log(`${name}: ${statSync(target).size} bytes`);
}
// A zstd frame of many blocks, as a large cluster is: 600,000 bytes of numbered lines, for the decoder that stops
// once it has decoded as much as a blob needs.
if (wanted.length === 0 || wanted.includes('many-blocks.zst')) {
  const lines = Array.from(
    { length: 30_000 },
    (_, i) => `line ${String(i).padStart(6, '0')} of the cluster\n`,
  );
  writeFileSync(
    path.join(out, 'many-blocks.zst'),
    execFileSync('zstd', ['-c', '-q', '-19'], { input: Buffer.from(lines.join('').slice(0, 600_000)) }),
  );
}

// A frame that decodes to about 400 times its size (3 MB of one line), stating no size as a ZIM's clusters do,
// for the WebAssembly decoder that is given more room each time zstd says the room is short.
if (wanted.length === 0 || wanted.includes('repeated.zst')) {
  writeFileSync(
    path.join(out, 'repeated.zst'),
    execFileSync('zstd', ['-c', '-q', '-19'], { input: Buffer.from('one line of a page\n'.repeat(160_000)) }),
  );
}

// A library of 10,000 pages, so the app indexes it in two parts of 5,000, for pausing and resuming
// between them. Kept zstd-compressed (its pointer lists and entries are regular); the e2e test unpacks it.
if (wanted.length === 0 || wanted.includes('two-parts.zim.zst')) {
  const page = (i: number): FixtureEntry => ({
    namespace: 'C',
    path: `p${i}`,
    title: `Page ${i}`,
    mimeType: 'text/html',
    content: text(
      `<html><head><title>Page ${i}</title></head><body><p>Page ${i} of a two-part library.</p></body></html>`,
    ),
    cluster: 0,
  });
  const meta = { ...META, Title: 'Two parts', Description: 'Ten thousand short pages' };
  const zim = writeZim({
    major: 6,
    minor: 1,
    uuid: Buffer.from('0f1e2d3c4b5a69788796a5b4c3d2e1f0', 'hex'),
    clusters: [{ compression: 'zstd', extended: false }],
    mainPage: { namespace: 'C', path: 'p0' },
    entries: [
      ...Array.from({ length: 10_000 }, (_, i) => page(i)),
      { namespace: 'W', path: 'mainPage', redirectTo: { namespace: 'C', path: 'p0' } },
      ...Object.entries(meta).map(([key, value]) => ({
        namespace: 'M',
        path: key,
        mimeType: 'text/plain',
        content: text(value),
        cluster: 0,
      })),
    ],
  });
  const target = path.join(out, 'two-parts.zim.zst');
  writeFileSync(target, execFileSync('zstd', ['-c', '-q', '-19'], { input: zim }));
  console.log(`two-parts.zim.zst: ${statSync(target).size} bytes (${zim.length} unpacked)`);
}

console.log(readdirSync(out).join('\n'));
