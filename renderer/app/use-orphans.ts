import { useEffect, useState } from 'react';
import { anchorPassage } from '../../archive/core/anchoring';
import type { Annotation } from '../../archive/core/annotation';
import { plainText, type Article } from '../../archive/core/article';
import { hashText } from '../../archive/core/text-hash';

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
  useEffect(() => {
    if (groups === undefined) return;
    let live = true;
    void (async () => {
      const found = new Set<string>();
      for (const [articleId, list] of groups) {
        if (!present(articleId)) continue;
        try {
          const text = plainText((await loadArticle(articleId)).blocks);
          const hash = hashText(text);
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
