/**
 * Print a page to PDF in Chromium (page.pdf, the browser's own print path with print media and
 * @page rules) and read it back with poppler's pdfinfo and pdftotext (Debian's poppler-utils), the
 * way a person checks a printout: how many pages, what size, and what text is on them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from './support/preview-server';

export interface PrintedPdf {
  readonly pages: number;
  /** e.g. "595.276 x 841.89 pts (A4)". */
  readonly pageSize: string;
  /** The text of every page, pages separated by form feeds. */
  readonly text: string;
  /** The text of each page. */
  readonly pageTexts: readonly string[];
}

function poppler(tool: 'pdfinfo' | 'pdftotext', args: readonly string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is missing: install Debian's poppler-utils (.ci/run does)`);
    throw error;
  }
}

export async function printToPdf(page: Page): Promise<PrintedPdf> {
  const dir = mkdtempSync(join(tmpdir(), 'samarbejdskort-pdf-'));
  try {
    const file = join(dir, 'print.pdf');
    // preferCSSPageSize: the page's own @page rule decides paper and margins, as in a print dialog.
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = poppler('pdfinfo', [file]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const pageSize = /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? '';
    const text = poppler('pdftotext', ['-enc', 'UTF-8', file, '-']);
    return { pages, pageSize, text, pageTexts: text.split('\f').slice(0, pages) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Text without the layout: whitespace, line-break hyphens and soft hyphens removed, so a sentence
 * wrapped over lines (or columns) still matches.
 */
function squash(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/-\s*\n\s*/g, '-')
    .replace(/\s+/g, '');
}

/** Whether `needle` is in the PDF's text, however it was wrapped or cased (labels print in capitals). */
export function pdfHas(pdf: PrintedPdf | string, needle: string): boolean {
  const haystack = squash(typeof pdf === 'string' ? pdf : pdf.text).toLocaleLowerCase('da');
  const wanted = squash(needle).toLocaleLowerCase('da');
  // A hyphenated word ("samarbejde" → "sam-arbejde") may keep its hyphen at a break.
  return haystack.includes(wanted) || haystack.replace(/-/g, '').includes(wanted.replace(/-/g, ''));
}

export interface ContentCard {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly tip: {
    readonly printed: string;
    readonly en: string;
    readonly errata?: readonly { readonly original: string; readonly corrected: string }[];
  };
  readonly editorial: { readonly title: { readonly da: string; readonly en: string } };
  readonly status?: string;
}

/** The Danish tip as the app shows it: the printed wording with its errata applied. */
export function danishTip(card: ContentCard): string {
  return (card.tip.errata ?? []).reduce(
    (text, erratum) => text.replace(erratum.original, erratum.corrected),
    card.tip.printed,
  );
}

/** The cards as content/ has them (the source of truth), so the test does not trust the app's copy. */
export function contentCards(): ContentCard[] {
  const dir = resolve(PROJECT_ROOT, 'content', 'cards');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => (JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as { cards: ContentCard[] }).cards)
    .filter((card) => card.status !== 'retired');
}
