// Vite and Vitest load `?raw` imports as strings; declared here so pure code and its tests stay free of vite/client types.
declare module '*?raw' {
  const text: string;
  export default text;
}
