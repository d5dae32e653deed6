import type { ZimReply, ZimRequest } from './protocol';
import { createZimHost } from './zim-host';

// Reading and decompressing ZIM clusters (xz in WebAssembly, zstd in JavaScript) happens here, off the page.
// The renderer is type-checked against the DOM library; this is the part of a worker's scope that is used.
const scope = self as unknown as {
  postMessage(reply: ZimReply): void;
  onmessage: ((event: MessageEvent<ZimRequest>) => void) | null;
};

const handle = createZimHost((reply) => scope.postMessage(reply));
scope.onmessage = (event) => void handle(event.data);
