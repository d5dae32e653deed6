/**
 * Records the netlog fixture the parser's tests read (tools/audit/network/fixtures/foreign-image.netlog.json): one page
 * with a foreign image in the local Chromium, cut down to the events the summary reads. Rerun it when a Chromium
 * logs differently, and keep the old fixture beside the new one. Usage: tsx tools/audit/network/record-netlog-fixture.ts [out]
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureForeignImageNetlog } from './capture-netlog';
import { parseNetlog, trimNetlog } from './netlog';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? path.join(here, 'fixtures', 'foreign-image.netlog.json');
const capture = await captureForeignImageNetlog();
const fixture = {
  // Read by the test, ignored by parseNetlog: which origin the page had, and which Chromium wrote the log.
  recorded: { ownOrigin: capture.ownOrigin, chromium: capture.browserVersion },
  ...trimNetlog(parseNetlog(capture.netlogText)),
};
await writeFile(out, `${JSON.stringify(fixture)}\n`);
console.log(`wrote ${out}: ${fixture.events.length} events from Chromium ${capture.browserVersion}`);
