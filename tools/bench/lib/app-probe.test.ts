import { describe, expect, it } from 'vitest';
import { longestTaskIn, longTaskCountIn, median } from './app-probe';

const tasks = [
  { start: 100, duration: 80 },
  { start: 900, duration: 240 },
  { start: 1500, duration: 60 },
];

describe('long tasks in a window', () => {
  it('counts the tasks that started in the window, and the longest of them', () => {
    expect(longestTaskIn(tasks, 0, 1000)).toBe(240);
    expect(longTaskCountIn(tasks, 0, 1000)).toBe(2);
    expect(longestTaskIn(tasks, 1000, 2000)).toBe(60);
  });

  it('says 0 for a window no long task started in, even if one ran into it', () => {
    expect(longestTaskIn(tasks, 950, 1400)).toBe(0);
    expect(longTaskCountIn(tasks, 950, 1400)).toBe(0);
  });
});

describe('median', () => {
  it('takes the middle sample, or the mean of the middle two', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves out missing samples and is NaN when none is left', () => {
    expect(median([NaN, 5, 7])).toBe(6);
    expect(median([])).toBeNaN();
  });
});
