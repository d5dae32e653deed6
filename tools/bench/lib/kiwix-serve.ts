// kiwix-serve, Kiwix's own server (libkiwix with Xapian), on one ZIM file, for searching it side by side with
// the app. It listens on loopback only; the benchmark asks it what a Kiwix user's search box asks it.
import { spawn } from 'node:child_process';
import path from 'node:path';

/** A running kiwix-serve: search one query (the paths of its results, best first), then stop it. */
export interface KiwixServer {
  search(query: string, results?: number): Promise<string[]>;
  stop(): void;
}

/** Starts kiwix-serve on `zimPath` at `port` and resolves once it answers. */
export async function startKiwixServe(zimPath: string, port: number): Promise<KiwixServer> {
  const child = spawn('kiwix-serve', ['--address', '127.0.0.1', '--port', String(port), zimPath], {
    stdio: 'ignore',
  });
  const book = path.basename(zimPath, '.zim');
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (attempt > 200) {
      child.kill();
      throw new Error('kiwix-serve did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const result = new RegExp(`href="/(?:content/)?${book}/([^"#?]+)"`, 'g');
  return {
    async search(query, results = 10) {
      const url = `${base}/search?content=${book}&pattern=${encodeURIComponent(query)}&pageLength=${results}`;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`kiwix-serve answered ${response.status} to ${query}`);
      const html = await response.text();
      return [...new Set([...html.matchAll(result)].map((m) => decodeURIComponent(m[1]!)))];
    },
    stop: () => child.kill(),
  };
}
