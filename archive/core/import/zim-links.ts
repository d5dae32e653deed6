// Where the links and images of a ZIM page lead. A page's addresses are relative to its own path (kiwix-serve
// serves every page under one folder), so they resolve like paths, never by fetching anything: a link either
// names another page of the same file, or an address outside it that the reader shows as text and never opens.
import type { BlockOptions } from './html-blocks';

/** A page's place in its ZIM: its path and the namespace layout of the file. */
export interface ZimPagePlace {
  path: string;
  /** 'C' for files with the newer namespaces (paths are relative inside C), 'A' for the older ones. */
  contentNamespace: 'C' | 'A';
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const KEPT_SCHEMES = /^(https?|mailto):/i;

/**
 * The full ZIM address (namespace/path) a relative address leads to from `place`, or null for one that leaves
 * the file, names nothing, or cannot be decoded.
 */
export function resolveZimAddress(place: ZimPagePlace, href: string): string | null {
  const bare = href.trim().replace(/[#?].*$/s, '');
  if (bare === '' || SCHEME.test(bare) || bare.startsWith('//')) return null;
  // Older files address pages with their namespace (A/Page, ../I/image.png); newer ones inside C only.
  const base = place.contentNamespace === 'A' ? `A/${place.path}` : place.path;
  const parts = bare.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const segment of bare.split('/')) {
    if (segment === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (segment !== '.' && segment !== '') {
      let decoded: string;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        return null;
      }
      // An escaped slash may be part of a title ("AC%2FDC"), but never makes an empty, "." or ".." segment.
      if (decoded.split('/').some((piece) => piece === '' || piece === '.' || piece === '..')) return null;
      parts.push(decoded);
    }
  }
  if (parts.length === 0) return null;
  return place.contentNamespace === 'A' ? parts.join('/') : `C/${parts.join('/')}`;
}

/**
 * The link and image rules for one ZIM page: links to pages of the same file by their path in the content
 * namespace, web and mail addresses kept as text, images by their full address in the file.
 */
export function zimPageOptions(place: ZimPagePlace): BlockOptions {
  return {
    link: (href) => {
      if (KEPT_SCHEMES.test(href.trim())) return { url: href.trim() };
      const address = resolveZimAddress(place, href);
      const prefix = `${place.contentNamespace}/`;
      if (address === null || !address.startsWith(prefix) || address.length === prefix.length) return null;
      return { page: address.slice(prefix.length) };
    },
    image: (src) => resolveZimAddress(place, src),
  };
}
