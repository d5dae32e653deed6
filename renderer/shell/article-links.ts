import { formatRoute } from './route';
import { appZimClient } from '../zim/zim-client';
import { parseZimArticleId, zimArticleId } from '../model/zim-sessions';

/** Where an article's links and images come from: only a page of a Kiwix library has either. */
export interface ArticleLinks {
  /** The app address of another page of the same library, for links that open it (Back returns). */
  pageHref?: (page: string) => string | undefined;
  /** Reads one of the article's images from the library's file. */
  loadImage?: (src: string) => Promise<Blob>;
}

/** The links and images of article `id`: those of its Kiwix library, or none for any other article. */
export function articleLinks(id: string): ArticleLinks {
  const zimPage = parseZimArticleId(id);
  if (zimPage === undefined) return {};
  const { uuid } = zimPage;
  return {
    pageHref: (page) => formatRoute({ view: 'article', id: zimArticleId(uuid, page), query: '' }),
    loadImage: (src) => appZimClient().image(uuid, src),
  };
}
