import { describe, expect, it, vi } from 'vitest';
import { checkPersistence, requestPersistence } from '../../src/storage/request-persistence';

function fakeStorage({ already = false, granted = true } = {}) {
  return {
    persisted: vi.fn(async () => already),
    persist: vi.fn(async () => granted),
  };
}

describe('requestPersistence', () => {
  it('asks the browser and reports a yes', async () => {
    const storage = fakeStorage({ granted: true });
    expect(await requestPersistence(storage)).toBe('persisted');
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('reports a no', async () => {
    expect(await requestPersistence(fakeStorage({ granted: false }))).toBe('not-persisted');
  });

  it('asks only once, however often it is called', async () => {
    const storage = fakeStorage({ granted: false });
    await Promise.all([requestPersistence(storage), requestPersistence(storage)]);
    expect(await requestPersistence(storage)).toBe('not-persisted');
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when storage is already persistent', async () => {
    const storage = fakeStorage({ already: true });
    expect(await requestPersistence(storage)).toBe('persisted');
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports unsupported where the API is missing (jsdom, old browsers)', async () => {
    expect(await requestPersistence(undefined)).toBe('unsupported');
    expect(await requestPersistence({})).toBe('unsupported');
    // jsdom has no StorageManager: the default argument finds none.
    expect(await requestPersistence()).toBe('unsupported');
  });

  it('treats a failing request as not persisted', async () => {
    const storage = {
      persisted: vi.fn(async () => false),
      persist: vi.fn(async () => Promise.reject(new Error('nope'))),
    };
    expect(await requestPersistence(storage)).toBe('not-persisted');
  });
});

describe('checkPersistence', () => {
  it('reads the state without asking', async () => {
    const storage = fakeStorage({ already: false });
    expect(await checkPersistence(storage)).toBe('not-persisted');
    expect(await checkPersistence(fakeStorage({ already: true }))).toBe('persisted');
    expect(storage.persist).not.toHaveBeenCalled();
    expect(await checkPersistence({})).toBe('unsupported');
  });
});
