// Vite and Vitest load `?raw` imports as strings; declared here so pure code and its tests stay free of vite/client types.
declare module '*?raw' {
  const text: string;
  export default text;
}

// Binary fixtures (ZIM files, zstd frames) load as base64 data URLs through `?inline` (vitest.config.ts lists them as assets).
declare module '*.zim?inline' {
  const dataUrl: string;
  export default dataUrl;
}

// A recorded zstd frame, the same way.
declare module '*.zst?inline' {
  const dataUrl: string;
  export default dataUrl;
}

// Every runtime the core's tests run in has atob; declared for the same reason as above.
declare function atob(data: string): string;
