import { useEffect, useMemo, useState } from 'react';
import { createNotesSearch, type NotesAnswer } from '../../archive/core/notes-search';
import { useNotebook } from '../db/hooks';

/**
 * The user's highlights found by `query`, with the archive's query syntax, kept current as notes change;
 * undefined until the first answer. The notes index is rebuilt whenever the notes change (a few ms).
 */
export function useNotesSearch(query: string, typing = false): NotesAnswer | undefined {
  const { data: groups } = useNotebook();
  const search = useMemo(() => createNotesSearch([...(groups?.values() ?? [])].flat()), [groups]);
  const [answer, setAnswer] = useState<{ for: string; answer: NotesAnswer } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    search.search(query, typing).then(
      (found) => live && setAnswer({ for: query, answer: found }),
      (error: Error) =>
        live && setAnswer({ for: query, answer: { status: 'invalid', message: error.message } }),
    );
    return () => {
      live = false;
    };
  }, [search, query, typing]);
  return answer?.answer;
}
