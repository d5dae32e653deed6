import type { Page } from '@playwright/test';

/**
 * Writes records straight into one of the app's IndexedDB stores, bypassing the app: how a test plants what an
 * older release, another tool or a damaged disk could have left in a profile. Waits for the app's database.
 */
export async function putStoredRecords(
  page: Page,
  store: string,
  records: readonly unknown[],
): Promise<void> {
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'airgap'));
  await page.evaluate(
    ([storeName, rows]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('airgap');
        open.onsuccess = () => {
          const tx = open.result.transaction(storeName, 'readwrite');
          for (const row of rows) tx.objectStore(storeName).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [store, records] as const,
  );
}

/** Reads some fields of every record in one of the app's IndexedDB stores, as the app stored them. */
export async function readStoredFields(
  page: Page,
  store: string,
  fields: readonly string[],
): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    ([storeName, names]) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('airgap');
        open.onsuccess = () => {
          const request = open.result.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => {
            open.result.close();
            const rows = request.result as Record<string, unknown>[];
            resolve(rows.map((row) => Object.fromEntries(names.map((name) => [name, row[name]]))));
          };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [store, fields] as const,
  );
}

/** A well-formed stored annotation, as the app writes one, with the given fields changed (tests plant these). */
export function storedAnnotation(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'planted',
    articleId: 'retired-article',
    color: 'yellow',
    note: '',
    tags: [],
    textHash: 'fnv1a64:0000000000000000',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    quote: { type: 'TextQuoteSelector', exact: 'a retired passage', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 17 },
    ...fields,
  };
}
