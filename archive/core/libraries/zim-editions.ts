// Editions of one Kiwix library: Kiwix republishes its files (Wikipedia monthly) under the same Name with a new
// UUID. Highlights are stored against a file's UUID, so they are moved to a newer edition explicitly, then
// anchored there by their quotes (fuzzily where the text changed), and what cannot be found is shown as orphans.
import type { ZimSummary } from '../zim/zim-metadata';
import { parseZimArticleId, zimArticleId } from './zim-ids';

/** What a library is known by across editions: its Name, else its title. */
const editionKey = (zim: Pick<ZimSummary, 'name' | 'title'>): string =>
  (zim.name ?? zim.title).trim().toLowerCase();

/**
 * The other editions of `current` among `libraries`: same Name (or title, for files without one), another UUID,
 * and not dated after it (an edition cannot inherit from a newer one), newest first.
 */
export function earlierEditions<T extends Pick<ZimSummary, 'uuid' | 'name' | 'title' | 'date'>>(
  libraries: readonly T[],
  current: T,
): T[] {
  return libraries
    .filter(
      (z) =>
        z.uuid !== current.uuid &&
        editionKey(z) === editionKey(current) &&
        (z.date === undefined || current.date === undefined || z.date <= current.date),
    )
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/** The id of the same page in another edition: the library's UUID changes, the page's path does not. */
export function inEdition(articleId: string, uuid: string): string | undefined {
  const page = parseZimArticleId(articleId);
  return page === undefined ? undefined : zimArticleId(uuid, page.path);
}
