// Reading an article file's front matter with the YAML library was a twentieth of a build's time (85 µs an
// article), though nearly every file holds only `key: plain words` lines. Those lines are read here; anything
// else (quotes, indicators, comments, repeated keys, unusual characters) is left to the library. Hand-written
// because it only decides when the library's answer is already known: the tests hold it to the library's.

const LINE = /^([A-Za-z][A-Za-z0-9_]*): (.+)$/;
// A value the failsafe schema reads as written: starting with a letter or digit, no ": " or " #" inside, not
// ending in ":", and none of the characters YAML treats specially (tabs, controls, other line breaks, BOM).
const PLAIN_START = /^[\p{L}\p{N}]/u;
const SPECIAL = /: | #|:$|[\t\p{Cc}\u0085\u2028\u2029\ufeff]|\s$/u;

/**
 * The front matter's keys and values when every line is a simple `key: value` whose value YAML's failsafe schema
 * reads exactly as written; undefined when any line is not, for the YAML library to read instead.
 */
export function readSimpleFrontMatter(text: string): Record<string, string> | undefined {
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const line of text.split('\n')) {
    const match = LINE.exec(line);
    if (match === null) return undefined;
    const [, key, value] = match as unknown as [string, string, string];
    if (key in fields || !PLAIN_START.test(value) || SPECIAL.test(value)) return undefined;
    fields[key] = value;
  }
  return fields;
}
