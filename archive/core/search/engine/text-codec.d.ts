// The core's lib is ES2022 without DOM or Node types, yet every runtime it runs in (Node, the page, the search
// worker) has the WHATWG encoding API; only the part the segment files and the importer use is declared.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}
