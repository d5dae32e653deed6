import { describe, expect, it } from 'vitest';
import { longTasksInTrace, type TraceEvent } from './trace-tasks';

const MAIN = { pid: 1, tid: 7 };
const event = (name: string, ts: number, dur: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  ...MAIN,
  ...extra,
});

describe('longTasksInTrace', () => {
  it('names the long main-thread tasks with their largest direct parts and their garbage collection', () => {
    const trace: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', ts: 0, ...MAIN, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 9, args: { name: 'DedicatedWorker thread' } },
      event('RunTask', 1_000, 10_000),
      event('RunTask', 100_000, 71_000),
      event('FunctionCall', 100_500, 60_000, {
        args: { data: { functionName: 'render', url: 'app://airgap/assets/index.js', lineNumber: 3 } },
      }),
      event('MajorGC', 120_000, 20_000),
      event('Layout', 161_000, 9_000),
      // A long task on the worker's thread is not the page's.
      { ...event('RunTask', 100_000, 90_000), tid: 9 },
    ];
    const [task, ...rest] = longTasksInTrace(trace);
    expect(rest).toEqual([]);
    expect(task).toEqual({
      startMs: 99,
      durationMs: 71,
      gcMs: 20,
      parts: [
        { name: 'FunctionCall', detail: 'render index.js:3', durationMs: 60 },
        { name: 'Layout', detail: '', durationMs: 9 },
      ],
    });
  });

  it('finds nothing in a trace without a renderer main thread', () => {
    expect(longTasksInTrace([event('RunTask', 0, 90_000)])).toEqual([]);
  });
});
