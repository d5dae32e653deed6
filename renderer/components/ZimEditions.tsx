import { useState } from 'react';
import { plainText } from '../../archive/core/articles/article';
import { anchor } from '../../archive/core/annotations/anchoring';
import { parseZimArticleId } from '../../archive/core/libraries/zim-ids';
import { appCommands } from '../db/commands';
import type { ZimRecord } from '../db/database';
import { useLibraryAnnotationCount } from '../db/hooks';
import { appZimClient } from '../zim/zim-client';

/** How moved highlights anchor in the new edition: found as they were, found in changed text, or not found. */
interface MoveReport {
  moved: number;
  exact: number;
  approximate: number;
  orphans: number;
  /** False when the new edition's file is not open: its pages could not be read yet. */
  checked: boolean;
}

async function moveAndCheck(from: ZimRecord, to: ZimRecord, open: boolean): Promise<MoveReport> {
  const moved = await appCommands().moveToEdition(from.uuid, to.uuid);
  const report: MoveReport = { moved: moved.length, exact: 0, approximate: 0, orphans: 0, checked: open };
  if (!open) return report;
  const texts = new Map<string, Promise<string | null>>();
  for (const annotation of moved) {
    const page = parseZimArticleId(annotation.articleId)!;
    let text = texts.get(page.path);
    if (!text) {
      text = appZimClient()
        .article(to.uuid, page.path, annotation.articleId)
        .then((article) => plainText(article.blocks))
        .catch(() => null); // A page the new edition no longer has: its highlights are orphans.
      texts.set(page.path, text);
    }
    const body = await text;
    const found = body === null ? null : anchor(body, annotation, annotation.textHash);
    if (found === null) report.orphans++;
    else if (found.method === 'approximate') report.approximate++;
    else report.exact++;
  }
  return report;
}

function EarlierEdition({
  edition,
  current,
  open,
}: {
  edition: ZimRecord;
  current: ZimRecord;
  open: boolean;
}) {
  const count = useLibraryAnnotationCount(edition.uuid);
  const [report, setReport] = useState<MoveReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (report)
    return (
      <p role="status" data-testid="edition-moved">
        Moved {report.moved} {report.moved === 1 ? 'highlight' : 'highlights'} from the{' '}
        {edition.date ?? 'earlier'} edition.{' '}
        {report.checked
          ? `${report.exact} found as they were, ${report.approximate} found in changed text, ${report.orphans} not found (kept, and listed in the notebook to re-attach).`
          : 'They are anchored by their quotes when their pages open.'}
      </p>
    );
  if (count === 0) return null;
  return (
    <p data-testid="edition-offer">
      The {edition.date ?? 'earlier'} edition (“{edition.title}”, {edition.fileName}) holds {count}{' '}
      {count === 1 ? 'highlight' : 'highlights'} on pages of this library.{' '}
      <button
        type="button"
        className="link-button"
        onClick={() =>
          void moveAndCheck(edition, current, open).then(setReport, (error: unknown) =>
            setFailure(error instanceof Error ? error.message : String(error)),
          )
        }
      >
        Move {count === 1 ? 'it' : 'them'} to this edition
      </button>
      {failure && <span role="alert"> The highlights could not be moved: {failure}</span>}
    </p>
  );
}

/**
 * On a library's card, its earlier editions (same Name, another UUID) that hold highlights, each with a way to
 * move them to this edition (one step of Undo) and what became of them here.
 */
export function ZimEditions({
  current,
  editions,
  open,
}: {
  current: ZimRecord;
  editions: readonly ZimRecord[];
  open: boolean;
}) {
  if (editions.length === 0) return null;
  return (
    <div className="zim-editions" data-testid="zim-editions">
      {editions.map((edition) => (
        <EarlierEdition key={edition.uuid} edition={edition} current={current} open={open} />
      ))}
    </div>
  );
}
