import { useLayoutEffect, type RefObject } from 'react';
import { layoutCards } from './card-layout';

/** Windows at least this wide have room to set each note beside its passage. */
const ALIGN_NOTES_MEDIA = '(min-width: 1100px)';

/** Measures every card and its passage and places the cards (see layoutCards); the list grows to hold them. */
function alignCards(list: HTMLElement, body: HTMLElement): void {
  const cards = [...list.children] as HTMLElement[];
  const listTop = list.getBoundingClientRect().top;
  const slots = cards.map((card) => {
    const id = card.dataset.annotationId;
    const mark = id ? body.querySelector(`mark[data-annotation-id="${CSS.escape(id)}"]`) : null;
    return { anchor: mark ? mark.getBoundingClientRect().top - listTop : null, height: card.offsetHeight };
  });
  const { tops, height } = layoutCards(slots);
  list.classList.add('note-list-aligned');
  list.style.height = `${height}px`;
  cards.forEach((card, i) => (card.style.top = `${tops[i] ?? 0}px`));
}

/** Back to a plain list, as narrow windows show it. */
function unalignCards(list: HTMLElement): void {
  list.classList.remove('note-list-aligned');
  list.style.height = '';
  for (const card of list.children) (card as HTMLElement).style.top = '';
}

/**
 * On wide windows, sets each note level with its passage (pushed down only as far as the note above needs),
 * kept so as cards open for editing, the text reflows or the window is resized; narrow windows keep the list.
 * `version` changes whenever the cards do, so new cards are measured too.
 */
export function useCardAlignment(
  listRef: RefObject<HTMLElement | null>,
  bodyRef: RefObject<HTMLElement | null>,
  version: unknown,
): void {
  useLayoutEffect(() => {
    const list = listRef.current;
    const body = bodyRef.current;
    if (!list || !body) return undefined;
    const wide = window.matchMedia(ALIGN_NOTES_MEDIA);
    let frame = 0;
    const apply = (): void => (wide.matches ? alignCards(list, body) : unalignCards(list));
    const schedule = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(apply);
    };
    apply();
    const resized = new ResizeObserver(schedule);
    resized.observe(body);
    for (const card of list.children) resized.observe(card);
    wide.addEventListener('change', schedule);
    return () => {
      resized.disconnect();
      wide.removeEventListener('change', schedule);
      cancelAnimationFrame(frame);
      unalignCards(list);
    };
  }, [listRef, bodyRef, version]);
}
