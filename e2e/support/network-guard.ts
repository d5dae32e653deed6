// Schemes that name bytes already inside the document or the browser; loading them never touches the network.
const LOCAL_URLS = new Set(['about:blank', 'about:srcdoc']);

function originOf(url: URL): string {
  // URL.origin is "null" for custom schemes such as app://, so the origin is rebuilt from scheme and host.
  return `${url.protocol}//${url.host}`;
}

/**
 * Whether a request stays inside the app: same scheme, host and port as ownOrigin, a blob: minted by it, or data:.
 * Anything unparsable counts as foreign, so a malformed URL can never slip past the guard.
 */
export function isOwnRequest(url: string, ownOrigin: string): boolean {
  let own: URL;
  let target: URL;
  try {
    own = new URL(ownOrigin);
    target = new URL(url);
  } catch {
    return false;
  }
  if (target.protocol === 'data:') return true;
  if (LOCAL_URLS.has(target.href)) return true;
  if (target.protocol === 'blob:') {
    // A blob URL embeds the origin of the document that created it: blob:http://127.0.0.1:4321/<uuid>.
    try {
      target = new URL(target.pathname);
    } catch {
      return false;
    }
  }
  return originOf(target) === originOf(own);
}

/** The distinct URLs among those recorded that left the app's origin, in the order they were first seen. */
export function foreignRequests(urls: readonly string[], ownOrigin: string): string[] {
  return [...new Set(urls.filter((url) => !isOwnRequest(url, ownOrigin)))];
}
