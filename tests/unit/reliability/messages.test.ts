import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startDetectService } from '@/lib/browser/detect-service';
import { startDictionaryService } from '@/lib/browser/dictionary-service';
import { CONTENT_LIMITS } from '@/lib/messaging/limits';
import { protocol, type MessageName, type Reply } from '@/lib/messaging/protocol';
import { listen } from '@/lib/messaging/router';
import { MemoryArea } from '../../fixtures/checklist/memory-area';

/*
 * Content scripts run on hostile pages: whatever a subverted one sends, the
 * background's listener answers with a refusal (never throws, never rejects)
 * and keeps serving valid messages afterwards. The background's real
 * handlers are registered through the real `listen`.
 */

type Listener = (raw: unknown, sender: Browser.runtime.MessageSender) => Promise<Reply | undefined> | undefined;

const ID = 'spoor-id';
const fromPage = {
  id: ID,
  url: 'https://shop.example/ad/1',
  tab: { id: 3 } as Browser.runtime.MessageSender['tab'],
  frameId: 0,
};
let listener: Listener;

beforeAll(() => {
  fakeBrowser.reset();
  const runtime = {
    id: ID,
    getURL: (path: string) => `chrome-extension://${ID}${path}`,
    onMessage: { addListener: (added: Listener) => (listener = added), removeListener: () => undefined },
  } as unknown as typeof browser.runtime;
  listen(runtime, {
    ...startDetectService(fakeBrowser as unknown as typeof browser),
    ...startDictionaryService(new MemoryArea()),
  });
});

/** Every message a content script may send the background, read from the protocol itself. */
const CONTENT_MESSAGES = (Object.keys(protocol) as MessageName[]).filter((name) =>
  (protocol[name].from as readonly string[]).includes('content'),
);

const envelope = (name: string, payload: unknown) => ({ spoor: 1, name, payload });
const entry = (overrides: Record<string, unknown> = {}) => ({
  entryId: 'loxodonta-africana',
  kind: 'taxon',
  label: 'Loxodonta africana',
  appendix: 'I/II',
  euAnnex: 'A/B',
  taxa: ['loxodonta-africana'],
  count: 2,
  matched: ['ivory'],
  category: 'app-i',
  langs: ['en'],
  ...overrides,
});
const report = (overrides: Record<string, unknown> = {}) => ({
  url: 'https://shop.example/ad/1',
  entries: [entry()],
  ...overrides,
});
const huge = (bytes: number) => 'x'.repeat(bytes);
const nested = (depth: number) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = { inner: value };
  return value;
};
const throwing = () =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('page trap');
      },
      ownKeys: () => {
        throw new Error('page trap');
      },
    },
  );

/** Payloads that any content message must refuse: wrong shapes, sizes past CONTENT_LIMITS, values JSON never holds. */
const malformedForAny: Array<[string, unknown]> = [
  ['no payload', undefined],
  ['null', null],
  ['a string', 'hello'],
  ['an array of 1e6 items', Array.from({ length: 1e6 }, () => 0)],
  ['a 64 MB string', huge(64 * 2 ** 20)],
  ['an object nested 100,000 deep', nested(100_000)],
  ['an extra 16 MB string field', { ...report(), note: huge(16 * 2 ** 20) }],
  ['a Map', new Map([['url', 'https://shop.example/']])],
  ['a Date', new Date()],
  ['a typed array of 1e6 bytes', new Uint8Array(1e6)],
  ['a function', () => 'x'],
  ['getters that throw', throwing()],
];

/** detect/report payloads wrong in one field each. */
const malformedReports: Array<[string, unknown]> = [
  ['url missing', { entries: [entry()] }],
  ['url a number', report({ url: 42 })],
  ['url past its limit', report({ url: `https://shop.example/${huge(CONTENT_LIMITS.url)}` })],
  ['entries not a list', report({ entries: 'many' })],
  ['an entry without fields', report({ entries: [{}] })],
  ['a count given as text', report({ entries: [entry({ count: '2' })] })],
  ['an unknown kind', report({ entries: [entry({ kind: 'script' })] })],
  ['a 10,000-character label', report({ entries: [entry({ label: huge(10_000) })] })],
  ['1,001 matched words', report({ entries: [entry({ matched: Array.from({ length: 1_001 }, (_, i) => `w${i}`) })] })],
  ['5,001 entries', report({ entries: Array.from({ length: 5_001 }, (_, i) => entry({ entryId: `e${i}` })) })],
  ['1e6 entries', report({ entries: Array.from({ length: 1e6 }, () => entry()) })],
  ['a Date for entries', report({ entries: new Date() })],
];

const cases: Array<[string, string, unknown]> = [
  ...CONTENT_MESSAGES.flatMap((name) =>
    malformedForAny.map(([label, payload]): [string, string, unknown] => [name, label, payload]),
  ),
  ...malformedReports.map(([label, payload]): [string, string, unknown] => ['detect/report', label, payload]),
];

/** Calls the listener as the browser would; a synchronous throw fails the test here. */
async function send(raw: unknown): Promise<Reply | undefined> {
  let result: ReturnType<Listener>;
  expect(() => (result = listener(raw, fromPage))).not.toThrow();
  return result!;
}

describe('the background refuses malformed messages from content scripts', () => {
  it('knows which messages content scripts send', () => {
    expect(CONTENT_MESSAGES.sort()).toEqual([
      'detect/frame',
      'detect/module',
      'detect/report',
      'detect/restyled',
      'dictionary/ensure',
    ]);
  });

  it.each(cases)('%s with %s: a refusal reply', async (name, _label, payload) => {
    const reply = await send(envelope(name, payload));

    expect(reply).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^${name}: invalid request`)) });
  });

  it.each([
    ['not an envelope', { type: 'ping' }],
    ['a name that is not a string', { spoor: 1, name: 42, payload: {} }],
    ['an inherited property as name', envelope('constructor', {})],
    ['__proto__ as name', envelope('__proto__', {})],
    ['an envelope whose getters throw', throwing()],
  ])('%s: ignored, nothing thrown', async (_label, raw) => {
    expect(await send(raw)).toBeUndefined();
  });

  it('refuses a message only extension pages may send', async () => {
    expect(await send(envelope('detect/tabReport', { tabId: 3 }))).toEqual({
      ok: false,
      error: 'detect/tabReport: not accepted from this sender',
    });
  });

  it('still answers valid messages afterwards', async () => {
    expect(await send(envelope('detect/report', report()))).toEqual({ ok: true, value: { taxa: 1 } });
    expect(await send(envelope('dictionary/ensure', {}))).toMatchObject({ ok: true, value: { source: 'bundled' } });
  }, 60_000);
});
