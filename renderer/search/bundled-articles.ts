import type { PackedArticles } from '../../archive/core/articles/packed-articles';
import { builtArticles } from '../../archive/core/libraries/built-articles';

/** The bundled archive's articles, fetched from its data folder with `fetchData` (a file by its path in it). */
export function bundledArticles(fetchData: (path: string) => Promise<Response>): PackedArticles {
  return builtArticles(async (path) => {
    const response = await fetchData(path);
    if (!response.ok) throw new Error(`Could not load ${path} (HTTP ${response.status}).`);
    return new Uint8Array(await response.arrayBuffer());
  });
}
