/**
 * A whole count with its thousands separated by commas ("50,000"), as toLocaleString('en') writes it. The
 * library shows counts in its first render, where the first toLocaleString call of a page, loading ICU's
 * number formats, costs 40-100 ms of main thread.
 */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
