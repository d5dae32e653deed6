import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules in eslint.config.js are checked against code that breaks them, so a mistyped selector or glob
// fails here instead of silently allowing what it was meant to stop.
const eslint = new ESLint();

/** The layer rules' messages for `code` as if it were the file at `filePath`. */
async function messages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

describe('layer rules', () => {
  it('keeps the pure core free of Node, Dexie and the layers above it', async () => {
    expect(await messages("import 'node:fs';\n", 'archive/core/x.ts')).toEqual([
      expect.stringMatching(/no Node built-ins/),
    ]);
    expect(await messages("import 'dexie';\n", 'archive/core/x.ts')).toEqual([
      expect.stringMatching(/no Electron, React or Dexie/),
    ]);
    expect(await messages("import '../../renderer/app/App';\n", 'archive/core/x.ts')).toEqual([
      expect.stringMatching(/may not import the layers built on it/),
    ]);
  });

  it('lets only renderer/db import Dexie', async () => {
    expect(await messages("import 'dexie';\n", 'renderer/components/X.tsx')).toEqual([
      expect.stringMatching(/Only renderer\/db\/ imports Dexie/),
    ]);
    expect(await messages("import 'dexie';\n", 'renderer/db/x.ts')).toEqual([]);
  });

  it('lets only the command layer write highlights, articles and drafts, by any of the ways Dexie offers', async () => {
    const writes = (table: string): string[] => [
      `db.${table}.put(a);`,
      `db.${table}.bulkPut([a]);`,
      `db.${table}.update(id, {});`,
      `db.${table}.delete(id);`,
      `db.${table}.bulkDelete([id]);`,
      `db.${table}.clear();`,
      `db.${table}.where('articleId').equals(id).modify({});`,
      `db.${table}.where('articleId').equals(id).delete();`,
      `db.transaction('rw', db.${table}, () => undefined);`,
    ];
    const owners = {
      annotations: 'renderer/db/commands.ts',
      imported: 'renderer/db/library-commands.ts',
      drafts: 'renderer/db/drafts.ts',
    };
    for (const [table, owner] of Object.entries(owners))
      for (const write of writes(table)) {
        const code = `declare const db: any, a: any, id: string;\n${write}\n`;
        for (const elsewhere of [
          'renderer/db/other.ts',
          'renderer/components/X.tsx',
          'renderer/import/import-worker.ts',
        ])
          expect(await messages(code, elsewhere), `${write} in ${elsewhere}`).toEqual([
            expect.stringMatching(/Only the command layer writes/),
          ]);
        expect(await messages(code, owner), write).toEqual([]);
      }
    const reads =
      "declare const db: any, id: string;\nvoid db.annotations.where('articleId').equals(id).toArray();\nvoid db.imported.get(id);\n";
    expect(await messages(reads, 'renderer/db/annotations.ts')).toEqual([]);
  });

  it('lets only the command layer and the import worker reach the draft and import writers', async () => {
    const code =
      "import { keepDraft, discardDraft } from '../db/drafts';\nimport { storeImported } from '../db/imported-store';\n";
    expect(await messages(code, 'renderer/components/X.tsx')).toHaveLength(3);
    expect(await messages(code, 'renderer/db/commands.ts')).toEqual([]);
    expect(
      await messages(
        "import { storeImported } from '../db/imported-store';\n",
        'renderer/import/import-worker.ts',
      ),
    ).toEqual([]);
  });
});
