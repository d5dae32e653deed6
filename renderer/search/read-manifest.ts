import { parseManifestHead, type SegmentPaths } from '../../archive/core/articles/data-files';
import { LibraryPager, type LibraryPage } from './library-feed';
import { ManifestScanner } from './manifest-scanner';

/**
 * Reads manifest.json from its response as the text streams in, handing the library over a checked page at a
 * time (the first while the rest is still downloading), and returns the search segments it lists. Throws
 * ManifestSyntaxError when the text is not JSON, DataFileError when it is not a manifest, and the stream's
 * own error when reading fails.
 */
export async function readManifest(
  response: Response,
  onLibraryPage: (page: LibraryPage) => void,
): Promise<SegmentPaths[]> {
  const scanner = new ManifestScanner();
  const pager = new LibraryPager(onLibraryPage);
  if (response.body === null) {
    pager.add(scanner.feed(await response.text()));
  } else {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      pager.add(scanner.feed(read.value));
    }
  }
  // The rest holds the version and the segments; the last page goes out only once they are checked too.
  const { segments } = parseManifestHead(scanner.finish());
  pager.finish();
  return segments;
}
