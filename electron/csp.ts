/**
 * The one Content-Security-Policy for the renderer, sent by the app:// protocol and the preview server, with the
 * same directives in index.html. Everything is 'self': no remote origin can be named, so nothing is fetched.
 */
const META_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/**
 * The policy as index.html's meta tag carries it: browsers ignore frame-ancestors in a meta tag and warn on
 * every load, so that directive travels only in the response header.
 */
export const META_CONTENT_SECURITY_POLICY = META_DIRECTIVES.join('; ');

/** The full policy both servers send as a response header: the meta policy plus frame-ancestors. */
export const CONTENT_SECURITY_POLICY = [...META_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
