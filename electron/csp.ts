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

/**
 * The policy of the two scripts that decompress Kiwix ZIM files: the ZIM worker (xz by xz-decompress, and zstd)
 * and the search worker (zstd, for the snippets of Kiwix pages), both in WebAssembly, which Chromium compiles
 * only under 'wasm-unsafe-eval'. Only those workers' responses carry it (a dedicated worker runs under its own
 * response's policy), so the page and every other script still cannot compile WebAssembly, and nothing may
 * evaluate JavaScript strings.
 */
export const KIWIX_WORKER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
);

/** Whether a served file is the ZIM or the search worker's bundle (zim-worker-<hash>.js, search-worker-<hash>.js). */
export function isKiwixWorkerScript(filePath: string): boolean {
  return /(^|[\\/])(zim|search)-worker-[\w-]+\.js$/.test(filePath);
}
