import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { PHONE } from '../support/chromium';
import { launchWebKit } from './webkit-driver';
import { defineCoreJourney } from './core-journey';
import { defineLiveParticipantJourney } from './live-participant';

defineCoreJourney('webkit', launchWebKit);
defineLiveParticipantJourney('webkit', launchWebKit);

// The journeys' "no request leaves the app's origin" rests on this proxy: prove it sees what it must.
test('webkit: loopback passes the request guard; http, https and WebSocket elsewhere are recorded and refused', async () => {
  const site = createServer((_, res) => res.end('<!doctype html><title>guard</title>'));
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const driver = await launchWebKit({ viewport: PHONE });
  try {
    await driver.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
    assert.equal(await driver.evaluate<number>(`fetch('/again').then((r) => r.status)`), 200);
    const outcomes = await driver.evaluate<string[]>(`Promise.all([
      fetch('http://example.invalid/a'),
      fetch('https://example.invalid/b', { mode: 'no-cors' }),
      new Promise((open, fail) => Object.assign(new WebSocket('ws://example.invalid/c'), { onopen: open, onerror: fail })),
    ].map((attempt) => attempt.then(() => 'through', () => 'refused')))`);
    assert.deepEqual(outcomes, ['refused', 'refused', 'refused']);
    assert.deepEqual(driver.takeRequests().sort(), [
      'http://example.invalid/a',
      'https://(a host the proxy cannot read)/',
      'ws://example.invalid/c',
    ]);
  } finally {
    await driver.close();
    site.close();
  }
});
