import { useEffect, useRef, useState } from 'react';
import { anchorPassage } from '../../archive/core/annotations/anchoring';
import type { Annotation } from '../../archive/core/annotations/annotation';
import { plainText, type Article } from '../../archive/core/articles/article';
import { hashText } from '../../archive/core/articles/text-hash';

/**
 * The ids of the highlights whose passage is no longer in their article's text (articles still in the archive
 * are read, one at a time, as the reader would anchor them); empty until worked out. Highlights whose article
 * left the archive are not counted here: the notebook says so of their article.
 */
export function useOrphans(
  groups: ReadonlyMap<string, readonly Annotation[]> | undefined,
  present: (articleId: string) => boolean,
  loadArticle: (articleId: string) => Promise<Article>,
): ReadonlySet<string> {
  const [orphans, setOrphans] = useState<ReadonlySet<string>>(new Set());
  // Each article's text and hash, read once while the notebook is open: every edit of a note gives a new set of
  // groups, and re-reading every annotated article for each would repeat the same I/O.
  const texts = useRef(new Map<string, Promise<{ text: string; hash: string }>>());
  useEffect(() => {
    if (groups === undefined) return;
    let live = true;
    void (async () => {
      const found = new Set<string>();
      for (const [articleId, list] of groups) {
        if (!present(articleId)) continue;
        try {
          let read = texts.current.get(articleId);
          if (read === undefined) {
            read = loadArticle(articleId).then((article) => {
              const text = plainText(article.blocks);
              return { text, hash: hashText(text) };
            });
            // A failed read is tried again next time rather than remembered.
            read.catch(() => texts.current.delete(articleId));
            texts.current.set(articleId, read);
          }
          const { text, hash } = await read;
          for (const a of list) if (anchorPassage(text, a, hash) === null) found.add(a.id);
        } catch {
          // An article that cannot be read now is left unmarked; opening it says why.
        }
        if (!live) return;
      }
      setOrphans(found);
    })();
    return () => {
      live = false;
    };
  }, [groups, present, loadArticle]);
  return orphans;
}
