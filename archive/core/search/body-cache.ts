/**
 * Keeps the bodies of recently shown results, least recently used out first, up to `budget` characters: a
 * Kiwix page's body is parsed from HTML each time it is read, and the same results come back as a query is
 * typed and refined. A failed load is not kept, so the next search asks again.
 */
export function cachedBodies(
  load: (id: string) => Promise<string>,
  budget: number,
): (id: string) => Promise<string> {
  const kept = new Map<string, Promise<string>>();
  const sizes = new Map<string, number>();
  let total = 0;
  const forget = (id: string): void => {
    total -= sizes.get(id) ?? 0;
    sizes.delete(id);
    kept.delete(id);
  };
  return (id) => {
    const hit = kept.get(id);
    if (hit) {
      // Map order is insertion order: moving an entry to the end marks it most recently used.
      kept.delete(id);
      kept.set(id, hit);
      return hit;
    }
    const loading = load(id);
    kept.set(id, loading);
    loading.then(
      (body) => {
        if (kept.get(id) !== loading) return;
        // One body larger than the whole budget is not kept, and pushes nothing else out.
        if (body.length > budget) return forget(id);
        sizes.set(id, body.length);
        total += body.length;
        for (const oldest of kept.keys()) {
          if (total <= budget || oldest === id) break;
          forget(oldest);
        }
      },
      () => {
        if (kept.get(id) === loading) forget(id);
      },
    );
    return loading;
  };
}
