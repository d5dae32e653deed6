// Reads a Chromium performance trace and says what each long main-thread task ran: the benchmark counts
// tasks over 50 ms, and this names their parts (script, garbage collection, style, layout) so a slow one can
// be traced to its cause instead of guessed at.

/** One event of Chromium's trace format, as far as this reads it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; lineNumber?: number } };
}

/** A long task on the page's main thread and its largest direct parts, durations in ms. */
export interface LongTaskParts {
  startMs: number;
  durationMs: number;
  /** Garbage collection inside the task (Minor and Major GC events). */
  gcMs: number;
  parts: { name: string; detail: string; durationMs: number }[];
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const GC_NAMES = new Set(['MinorGC', 'MajorGC']);

/**
 * The renderer main thread's tasks longer than `overMs`, each with its `top` longest direct sub-events
 * (events inside it and inside no other of its sub-events). Times are from the first event of the trace.
 */
export function longTasksInTrace(events: readonly TraceEvent[], overMs = 50, top = 6): LongTaskParts[] {
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  if (main === undefined) return [];
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const origin = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const tasks = onMain.filter((e) => TASK_NAMES.has(e.name) && e.dur! > overMs * 1000);
  return tasks.map((task) => {
    const end = task.ts + task.dur!;
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
    const direct: TraceEvent[] = [];
    let coveredTo = -Infinity;
    for (const e of inside) {
      if (e.ts < coveredTo) continue;
      direct.push(e);
      coveredTo = e.ts + e.dur!;
    }
    return {
      startMs: (task.ts - origin) / 1000,
      durationMs: task.dur! / 1000,
      gcMs: inside.filter((e) => GC_NAMES.has(e.name)).reduce((sum, e) => sum + e.dur!, 0) / 1000,
      parts: direct
        .sort((a, b) => b.dur! - a.dur!)
        .slice(0, top)
        .map((e) => ({ name: e.name, detail: detailOf(e), durationMs: e.dur! / 1000 })),
    };
  });
}

function detailOf(event: TraceEvent): string {
  const data = event.args?.data;
  if (data === undefined) return '';
  const file = data.url?.split('/').pop() ?? '';
  return [data.functionName, file && `${file}:${data.lineNumber ?? ''}`].filter(Boolean).join(' ');
}
