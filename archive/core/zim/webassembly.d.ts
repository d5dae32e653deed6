// The core's lib is ES2022 without DOM or Node types, yet every runtime it runs in (Node, the page, the workers)
// has WebAssembly; only what checking that a module may be compiled needs is declared.
declare const WebAssembly: {
  compile(bytes: ArrayBuffer): Promise<unknown>;
};
