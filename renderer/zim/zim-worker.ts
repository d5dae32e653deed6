import type { ZimReply, ZimRequest } from './protocol';
import { loadZstd } from './load-zstd';
import { createZimHost } from './zim-host';

// Reading and decompressing ZIM clusters (xz and zstd in WebAssembly) happens here, off the page.
// The renderer is type-checked against the DOM library; this is the part of a worker's scope that is used.
const scope = self as unknown as {
  postMessage(reply: ZimReply): void;
  onmessage: ((event: MessageEvent<ZimRequest>) => void) | null;
};

loadZstd();
const handle = createZimHost((reply) => scope.postMessage(reply));
scope.onmessage = (event) => void handle(event.data);
