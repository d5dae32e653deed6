import type { Annotation } from './annotation';
import { createSearchService, SegmentBuilder, SegmentReader } from '../search';

/** A highlight a query found, with its score among the other highlights found. */
export interface NoteHit {
  annotation: Annotation;
  score: number;
}

/** What a query over the notes gave: the highlights it found, best first, or why it could not run. */
export type NotesAnswer =
  { status: 'empty' } | { status: 'ok'; hits: NoteHit[] } | { status: 'invalid'; message: string };

/** Searches the user's highlights with the archive's own query syntax and ranking. */
export interface NotesSearch {
  search(query: string, typing?: boolean): Promise<NotesAnswer>;
}

/**
 * Indexes highlights as the archive's articles are indexed (Lunr's pipeline and query syntax, the same
 * engine): the quote as the title field, the note and tags as the body. Built in memory; a user's notes are
 * hundreds or thousands, a few milliseconds of work.
 */
export function createNotesSearch(annotations: readonly Annotation[]): NotesSearch {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const bodies = new Map(
    annotations.map((a) => [a.id, [a.note, a.tags.map((t) => `#${t}`).join(' ')].join('\n')]),
  );
  const builder = new SegmentBuilder();
  for (const a of annotations) {
    builder.add({
      id: a.id,
      title: a.quote.exact,
      source: 'note',
      blocks: [{ kind: 'paragraph', text: bodies.get(a.id)! }],
    });
  }
  const files = builder.finish();
  const service = createSearchService({
    segments: annotations.length === 0 ? [] : [new SegmentReader(files.index, 'The notes index')],
    loadBody: async (id) => bodies.get(id) ?? '',
    loadPositions: async () => files.positions,
  });
  return {
    async search(query, typing = false) {
      if (annotations.length === 0)
        return query.trim() === '' ? { status: 'empty' } : { status: 'ok', hits: [] };
      const response = await service.search(query, { typing, limit: annotations.length });
      if (response.status !== 'ok')
        return response.status === 'empty' ? response : { status: 'invalid', message: response.message };
      const hits: NoteHit[] = [];
      for (const r of response.results) {
        const annotation = byId.get(r.meta.id);
        if (annotation !== undefined) hits.push({ annotation, score: r.score });
      }
      return { status: 'ok', hits };
    },
  };
}
