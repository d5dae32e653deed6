import { useEffect, useState } from 'react';
import type { Annotation } from '../../archive/core/annotations/annotation';
import type { NotesAnswer, NotesSearch } from '../../archive/core/annotations/notes-search';
import { useNotebook } from '../db/hooks';

// Built once per set of notes (the live query gives a new Map whenever they change), and loaded only when a
// query needs it: the engine and Lunr's parser stay out of the main bundle, which the page evaluates at launch.
const built = new WeakMap<ReadonlyMap<string, Annotation[]>, Promise<NotesSearch>>();

function notesSearchFor(groups: ReadonlyMap<string, Annotation[]>): Promise<NotesSearch> {
  let search = built.get(groups);
  if (search === undefined) {
    search = import('../../archive/core/annotations/notes-search').then((m) =>
      m.createNotesSearch([...groups.values()].flat()),
    );
    built.set(groups, search);
  }
  return search;
}

/**
 * The user's highlights found by `query`, with the archive's query syntax, kept current as notes change;
 * undefined until the first answer.
 */
export function useNotesSearch(query: string, typing = false): NotesAnswer | undefined {
  const { data: groups } = useNotebook();
  const [answer, setAnswer] = useState<NotesAnswer | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const none: NotesAnswer = query.trim() === '' ? { status: 'empty' } : { status: 'ok', hits: [] };
    const asked =
      groups === undefined || groups.size === 0 || query.trim() === ''
        ? Promise.resolve(none)
        : notesSearchFor(groups).then((search) => search.search(query, typing));
    asked.then(
      (found) => live && setAnswer(found),
      (error: Error) => live && setAnswer({ status: 'invalid', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, [groups, query, typing]);
  return answer;
}
