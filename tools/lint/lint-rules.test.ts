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

  it('lets only the command layer write annotations, by any of the ways Dexie offers', async () => {
    const writes = [
      'db.annotations.put(a);',
      'db.annotations.bulkPut([a]);',
      'db.annotations.update(id, {});',
      'db.annotations.delete(id);',
      'db.annotations.clear();',
      "db.annotations.where('articleId').equals(id).modify({});",
      "db.annotations.where('articleId').equals(id).delete();",
      "db.transaction('rw', db.annotations, () => undefined);",
    ];
    for (const write of writes) {
      const code = `declare const db: any, a: any, id: string;\n${write}\n`;
      expect(await messages(code, 'renderer/db/other.ts'), write).toEqual([
        expect.stringMatching(/commands\.ts/),
      ]);
      expect(await messages(code, 'renderer/components/X.tsx'), write).toEqual([
        expect.stringMatching(/commands\.ts/),
      ]);
      expect(await messages(code, 'renderer/db/commands.ts'), write).toEqual([]);
    }
    const reads =
      "declare const db: any, id: string;\nvoid db.annotations.where('articleId').equals(id).toArray();\n";
    expect(await messages(reads, 'renderer/db/annotations.ts')).toEqual([]);
  });
});
