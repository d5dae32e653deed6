// The core's lib is ES2022 without DOM or Node types, yet every runtime it runs in (Node, the page, the workers)
// has WHATWG streams; only the part the xz decompressor (xz-decompress, a web stream) needs is declared.
declare class ReadableStream<R> {
  constructor(source?: { start?(controller: { enqueue(chunk: R): void; close(): void }): void });
  getReader(): {
    read(): Promise<{ done: true; value?: undefined } | { done: false; value: R }>;
    cancel(): Promise<void>;
  };
}
