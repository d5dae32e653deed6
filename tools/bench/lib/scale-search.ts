// The scale benchmark's search phase: each query class through the app's whole search path (top 10, with
// snippets) and, where it runs, through kiwix-serve, warm, interleaved query by query so that the machine's noise
// falls on both alike; with the documents the app scored for each query.
import type { SearchCounters, SearchService } from '../../../archive/core/search';
import type { KiwixServer } from './kiwix-serve';
import type { QueryClass } from './queries';
import { timed } from './stats';

/** The classes the scale benchmark times, in the order. */
export const SCALE_CLASSES: readonly QueryClass[] = [
  'common',
  'rare',
  'two-required',
  'three-terms',
  'prefix',
  'fuzzy',
  'phrase',
];

/** Classes Xapian reads as the app does; fuzzy (`~1`) has no Kiwix twin. */
export const KIWIX_CLASSES: ReadonlySet<QueryClass> = new Set(SCALE_CLASSES.filter((c) => c !== 'fuzzy'));

/** Results per query. */
export const TOP = 10;

/** One class's samples: milliseconds per run, and per query the documents scored and matched. */
export interface ClassTimes {
  name: QueryClass;
  queries: number;
  app: number[];
  /** Undefined where Kiwix was not run or has no twin of the class. */
  kiwix?: number[];
  scored: number[];
  matches: number[];
}

/**
 * Runs every query of each class once untimed (the warm-up, which also counts the documents scored), then
 * `rounds` timed runs of each, the app and Kiwix in turn.
 */
export async function timeClasses(
  service: SearchService,
  counters: SearchCounters,
  kiwix: KiwixServer | undefined,
  queries: Readonly<Record<QueryClass, string[]>>,
  rounds: number,
): Promise<ClassTimes[]> {
  const out: ClassTimes[] = [];
  for (const name of SCALE_CLASSES) {
    const list = queries[name];
    const server = KIWIX_CLASSES.has(name) ? kiwix : undefined;
    const times: ClassTimes = { name, queries: list.length, app: [], scored: [], matches: [] };
    if (server) times.kiwix = [];
    for (const query of list) {
      const before = counters.scored;
      const response = await service.search(query, { limit: TOP });
      if (response.status !== 'ok') throw new Error(`The app could not run ${query}: ${response.status}`);
      times.scored.push(counters.scored - before);
      times.matches.push(response.total);
      await server?.search(query, TOP);
    }
    for (let round = 0; round < rounds; round++) {
      for (const query of list) {
        times.app.push((await timed(() => service.search(query, { limit: TOP })))[1]);
        if (server) times.kiwix!.push((await timed(() => server.search(query, TOP)))[1]);
      }
    }
    out.push(times);
  }
  return out;
}
