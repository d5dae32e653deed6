import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AirgapDatabase } from './database';
import { storageBlocked, subscribeStorageBlocked } from './open-status';

describe('a blocked upgrade', () => {
  it('is reported while another window holds an older version open, and cleared once it closes', async () => {
    const name = `blocked-${Math.random()}`;
    // An older release's window: schema version 2 (IndexedDB version 20), never closing on its own.
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 20);
      request.onupgradeneeded = () => request.result.createObjectStore('annotations', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const changes: boolean[] = [];
    const stop = subscribeStorageBlocked(() => changes.push(storageBlocked()));
    const db = new AirgapDatabase(name);
    const opening = db.open();
    await new Promise((r) => setTimeout(r, 50));
    expect(storageBlocked()).toBe(true);
    older.close();
    await opening;
    expect(storageBlocked()).toBe(false);
    expect(changes).toEqual([true, false]);
    stop();
    db.close();
    indexedDB.deleteDatabase(name);
  });
});
