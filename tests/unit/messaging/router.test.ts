import { describe, expect, it } from 'vitest';
import { dispatch, senderKind } from '@/lib/messaging/router';

const identity = { extensionId: 'spoor-id', extensionOrigin: 'chrome-extension://spoor-id/' };
const fromPopup = { id: 'spoor-id', url: 'chrome-extension://spoor-id/popup.html' };
const fromPage = { id: 'spoor-id', url: 'https://shop.example/ad/1', tab: { id: 3 } as never };

describe('senderKind', () => {
  it.each([
    ['an extension page', fromPopup, 'extension'],
    ['a content script', fromPage, 'content'],
    ['the background without a URL', { id: 'spoor-id' }, 'background'],
    ['the Chrome service worker', { id: 'spoor-id', url: 'chrome-extension://spoor-id/background.js' }, 'background'],
    [
      'the Firefox background page',
      { id: 'spoor-id', url: 'moz-extension://spoor-id/_generated_background_page.html' },
      'background',
    ],
    ['an extension page in a tab', { ...fromPopup, tab: { id: 4 } as never }, 'extension'],
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, undefined],
  ])('classifies %s', (_label, sender, expected) => {
    expect(senderKind(sender, identity.extensionId, identity.extensionOrigin)).toBe(expected);
  });
});

describe('dispatch', () => {
  const handlers = { 'dashboard/list': () => ({ rows: [], unreadable: 0 }) };

  it('answers a valid message from an allowed sender', async () => {
    const reply = await dispatch({ spoor: 1, name: 'dashboard/list', payload: {} }, fromPopup, handlers, identity);
    expect(reply).toEqual({ ok: true, value: { rows: [], unreadable: 0 } });
  });

  it('refuses a message from a sender the protocol does not allow', async () => {
    const reply = await dispatch({ spoor: 1, name: 'dashboard/list', payload: {} }, fromPage, handlers, identity);
    expect(reply).toEqual({ ok: false, error: 'dashboard/list: not accepted from this sender' });
  });

  it('ignores messages that are not Spoor envelopes or have no handler here', async () => {
    expect(await dispatch({ type: 'ping' }, fromPopup, handlers, identity)).toBeUndefined();
    expect(await dispatch({ spoor: 1, name: 'flag/ping', payload: {} }, fromPopup, handlers, identity)).toBeUndefined();
  });
});
