/**
 * `npm run preview`: serves the production build of the renderer on 127.0.0.1 so it can be tried in a browser
 * (Chromium refuses module scripts from file://). Usage: tsx tools/dev/preview.ts [--port N] [--no-open]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server';

const DEFAULT_PORT = 4174;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'renderer');

/** Picks the port from --port, then PORT, then the default, refusing anything that is not a valid TCP port. */
export function choosePort(flag: string | undefined, env: string | undefined): number {
  const raw = flag ?? env;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${raw}`);
  return port;
}

function openInBrowser(url: string): void {
  // `start` is a cmd.exe builtin; its first quoted argument is the window title, hence the empty string.
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  // A missing opener must not kill the server: the URL is already printed.
  child.on('error', () => console.warn(`Could not open a browser; visit ${url} yourself.`));
  child.unref();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'no-open': { type: 'boolean', default: false } },
  });
  const server = await startStaticServer({ root, port: choosePort(values.port, process.env.PORT) });
  console.log(`Airgap preview: ${server.url}  (Ctrl+C to stop)`);
  if (!values['no-open'] && !process.env.CI) openInBrowser(server.url);
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Only run when executed, so the port parsing can be imported by tests without starting a server.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
