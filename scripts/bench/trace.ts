import type { CDPSession } from 'playwright-core';

/*
 * Main-thread CPU time of each timed interaction, from a Chromium trace: the thread time (tdur)
 * of the renderer's top-level tasks inside the window the page marked. Unlike wall time it does
 * not grow when other processes share the CPU, so it says what a tablet with nothing else to do
 * would spend; both are reported.
 */

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'], recordMode: 'recordContinuously' },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve, reject) =>
    cdp.once('Tracing.tracingComplete', (event) =>
      event.stream ? resolve(event.stream) : reject(new Error('trace has no stream')),
    ),
  );
  await cdp.send('Tracing.end');
  const handle = await complete;
  const chunks: string[] = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle, size: 4 << 20 });
    chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(chunks.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** CPU ms of the main thread inside each marked window (bench-start-N … bench-end-N), by N. */
export function cpuPerWindow(events: readonly TraceEvent[]): Map<number, number> {
  const starts = new Map<number, TraceEvent>();
  const ends = new Map<number, TraceEvent>();
  for (const event of events) {
    const match = /^bench-(start|end)-(\d+)$/.exec(event.name);
    if (!match || !event.cat.includes('blink.user_timing')) continue;
    (match[1] === 'start' ? starts : ends).set(Number(match[2]), event);
  }
  // Only the outermost task: the 'toplevel' category also has events nested inside it.
  const outer = events.some((event) => event.name === 'ThreadControllerImpl::RunTask')
    ? 'ThreadControllerImpl::RunTask'
    : 'RunTask';
  const tasks = events.filter(
    (event) => event.name === outer && event.ph === 'X' && event.dur !== undefined && event.tdur !== undefined,
  );
  const cpu = new Map<number, number>();
  for (const [n, start] of starts) {
    const end = ends.get(n);
    if (!end) continue;
    let total = 0;
    for (const task of tasks) {
      if (task.pid !== start.pid || task.tid !== start.tid) continue;
      const from = Math.max(task.ts, start.ts);
      const to = Math.min(task.ts + (task.dur as number), end.ts);
      if (to <= from) continue;
      // A task partly inside the window counts in proportion (e.g. the one that starts it).
      total += ((task.tdur as number) * (to - from)) / Math.max(task.dur as number, 1);
    }
    cpu.set(n, total / 1000);
  }
  return cpu;
}
