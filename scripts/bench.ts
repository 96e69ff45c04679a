/**
 * `npm run bench`: drives the BUILT app in real Chromium with editions of 40 (the real one),
 * 1,000 and 10,000 cards, and prints a table of the main-thread time of each interaction
 * (median and interquartile range over every sample of every run).
 *
 *   npm run bench -- --runs 5 --sizes 40,1000,10000 --cpu 1 --no-build
 *
 * --runs     fresh browser profiles per size (each: a cold start and a whole session), default 5
 * --sizes    edition sizes, default 40,1000,10000 (40 is content/, the others are generated)
 * --cpu      CPU slowdown (Chromium's throttling; 4 ≈ a cheap tablet), default 1
 * --no-build reuse the builds in /tmp/samarbejdskort-bench from an earlier run
 *
 * The synthetic editions and their builds live in /tmp/samarbejdskort-bench (BENCH_DIR): they
 * never ship. The figures are a measurement, not a pass/fail test; they go in README.md.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/support/chromium';
import { startPreview } from '../tests/e2e/support/preview-server';
import { buildFor, editionOf, REAL_SIZE } from './bench/builds';
import { HARNESS_SCRIPT } from './bench/page-harness';
import { add, FRAME_METRICS, METRICS, runSession } from './bench/scenarios';
import type { Metric, Samples, Timed } from './bench/scenarios';
import { cpuPerWindow, startTrace, stopTrace } from './bench/trace';
import { formatSummary, summarize } from './bench/stats';
import { generateNoteTexts } from './generate-edition';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: `${REAL_SIZE},1000,10000` },
    cpu: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
const sizes = args.sizes.split(',').map(Number);
const cpu = Number(args.cpu);

interface SizeResult {
  /** Wall-clock ms (starts, and every interaction). */
  readonly wall: Samples;
  /** Main-thread CPU ms of each interaction, from the trace. */
  readonly cpu: Samples;
}

async function benchSize(size: number): Promise<SizeResult> {
  const started = Date.now();
  const distDir = buildFor(size, { rebuild: !args['no-build'] });
  const { version, cardIds } = editionOf(distDir);
  const notes = generateNoteTexts(cardIds).map((note) => ({ ...note, editionVersion: version }));
  const server = await startPreview({ distDir });
  const samples: Samples = new Map();
  const cpuSamples: Samples = new Map();
  try {
    for (let run = 0; run < runs; run += 1) {
      const browser = await launchBrowser();
      try {
        const { context } = browser;
        // Slow sizes and throttled CPUs take their time: a minute for anything, in every tab.
        context.setDefaultTimeout(60_000);
        context.setDefaultNavigationTimeout(60_000);
        await context.addInitScript(HARNESS_SCRIPT);
        const page = context.pages()[0] ?? (await context.newPage());
        const cdp = await context.newCDPSession(page);
        if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
        await startTrace(cdp);
        const timed: Timed = [];
        await runSession(page, server.origin, notes, samples, timed);
        const windows = cpuPerWindow(await stopTrace(cdp));
        timed.forEach((metric, i) => {
          const ms = windows.get(i + 1);
          if (ms !== undefined) add(cpuSamples, metric, ms);
        });
      } finally {
        await browser.close();
      }
      process.stderr.write(`bench: ${size} cards, run ${run + 1}/${runs}\n`);
    }
  } finally {
    await server.stop();
  }
  process.stderr.write(`bench: ${size} cards done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return { wall: samples, cpu: cpuSamples };
}

const loadBefore = loadavg()[0] ?? 0;
const results = new Map<number, SizeResult>();
for (const size of sizes) results.set(size, await benchSize(size));

const STARTS: readonly Metric[] = ['cold', 'firstVisit'];
const INTERACTIONS = (Object.keys(METRICS) as Metric[]).filter((metric) => !STARTS.includes(metric));
const samplesOf = (size: number, metric: Metric, kind: keyof SizeResult): number[] =>
  results.get(size)?.[kind].get(metric) ?? [];
const median = (size: number, metric: Metric, kind: keyof SizeResult): number =>
  summarize(samplesOf(size, metric, kind)).median;
const largest = Math.max(...sizes);
const middle = sizes.includes(1000) && largest > 1000 ? 1000 : undefined;

function verdict(metric: Metric, kind: keyof SizeResult): string {
  if (metric === 'cold') {
    if (!sizes.includes(REAL_SIZE)) return '';
    const ratio = median(largest, 'cold', 'wall') / median(REAL_SIZE, 'cold', 'wall');
    return `${ratio.toFixed(2)}× the 40-card start (≤ 1.5×): ${ratio <= 1.5 ? 'met' : 'NOT met'}`;
  }
  if (!FRAME_METRICS.includes(metric)) return 'for information';
  return `≤ 16 ms: ${median(largest, metric, kind) <= 16 ? 'met' : 'NOT met'}`;
}

function table(title: string, metrics: readonly Metric[], kind: keyof SizeResult): string {
  const header = [
    title,
    ...sizes.map((s) => `${s.toLocaleString('en')} cards`),
    ...(middle ? ['10k ÷ 1k'] : []),
    `Target at ${largest.toLocaleString('en')}`,
  ];
  const rows = metrics.map((metric) => [
    METRICS[metric],
    ...sizes.map((size) => formatSummary(summarize(samplesOf(size, metric, kind)))),
    ...(middle ? [`${(median(largest, metric, kind) / median(middle, metric, kind)).toFixed(1)}×`] : []),
    verdict(metric, kind),
  ]);
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

const note = [
  `Median (interquartile range) in ms over ${runs} run(s) per size, each in a fresh browser profile: 1 first visit, 2 installed starts, 6 filter taps, 1 deck opening, 5 flips, 5 next cards, 1 search opening, 21 keystrokes, 1 notes page.`,
  `Main-thread time is the CPU time the page's main thread spent on the interaction (from a Chromium trace); wall time is until the result is laid out, and grows with whatever else runs on the machine.`,
  `CPU slowdown ${cpu}×. Load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after, on ${availableParallelism()} cores.`,
].join('\n');
console.log(
  [
    '',
    table('Start (wall ms)', STARTS, 'wall'),
    '',
    table('Interaction (main-thread ms)', INTERACTIONS, 'cpu'),
    '',
    table('Interaction (wall ms)', INTERACTIONS, 'wall'),
    '',
    note,
  ].join('\n'),
);
