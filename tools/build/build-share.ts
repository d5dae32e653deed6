// One share of a build: a contiguous run of the archive's files indexed into one segment, by the build itself or
// by a build worker (build-data-worker.ts), each from plain data.
import { readArchiveStream, type ArchiveFile } from './archive-files';
import { readArticleStream } from './bundled-articles';
import { SegmentWriter, type WrittenSegment } from './write-data';
import { readZimStream } from './zim-files';
import type { SearchLanguage } from '../../archive/core/search';

/** What a worker is asked to build. */
export interface BuildShare {
  /** The archive folder, or the ZIM file in 'zim' mode. */
  articlesDir: string;
  files: ArchiveFile[];
  dataDir: string;
  segment: number;
  /** Encoded bytes at which the share's segment is written and another begun. */
  segmentBytes: number;
  mode: 'airgap' | 'folder' | 'zim';
  /** The source named for files that do not state one (the folder's name). */
  source: string;
  /** The language the words are analysed in: a ZIM's own, English otherwise. */
  language?: SearchLanguage;
}

/** A share's segments (one unless it is large) and the files of the share that were left out. */
export interface BuiltShare {
  written: WrittenSegment[];
  refused: Array<{ path: string; reason: string }>;
}

/** Builds one share's segment in this thread (the build workers run this too). */
export async function buildShare(share: BuildShare): Promise<BuiltShare> {
  const writer = new SegmentWriter(share.dataDir, share.segment, share.language, share.segmentBytes);
  const refused: BuiltShare['refused'] = [];
  if (share.mode === 'airgap') {
    const names = share.files.map((f) => f.path);
    for await (const article of readArticleStream(share.articlesDir, names)) await writer.add(article);
  } else {
    const stream =
      share.mode === 'zim'
        ? readZimStream(share.articlesDir, share.files, share.source)
        : readArchiveStream(share.articlesDir, share.files, share.source);
    for await (const outcome of stream) {
      if (outcome.ok) await writer.add(outcome.article);
      else refused.push({ path: outcome.path, reason: outcome.reason });
    }
  }
  return { written: await writer.finish(), refused };
}
