import { vi } from 'vitest';

export interface Download {
  readonly name: string;
  readonly type: string;
  readonly text: () => Promise<string>;
}

/**
 * jsdom has no object URLs and does not download: record what the app hands the browser instead
 * (the Blob behind each blob: URL and the name on the link that is clicked).
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: vi.fn((blob: Blob) => {
      const url = `blob:test/${(next += 1)}`;
      blobs.set(url, blob);
      return url;
    }),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, type: blob.type, text: () => blob.text() });
  });
  return downloads;
}
