import { loadSearchService } from './load-search';
import type { SearchReply, SearchRequest } from './protocol';
import { createSearchHost } from './search-host';

// The renderer is type-checked against the DOM library, where `self` is a Window; this is the part of a
// dedicated worker's global scope that the search worker uses.
const scope = self as unknown as {
  postMessage(reply: SearchReply): void;
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
};

const handle = createSearchHost({
  // The page sends its base URL: this script lives under assets/, so its own location is not the app's root.
  load: (baseUrl, onLibraryPage) =>
    loadSearchService((path) => fetch(new URL(`data/${path}`, baseUrl)), onLibraryPage),
  post: (reply) => scope.postMessage(reply),
});

scope.onmessage = (event) => handle(event.data);
