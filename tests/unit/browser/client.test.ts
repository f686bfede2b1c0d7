import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { core } from 'zod/mini';
import { sendToBackground } from '@/lib/browser/client';
import { sendToBackgroundLater } from '@/lib/browser/client-later';
import { sendMessage } from '@/lib/browser/message-client';
import { detectMessages } from '@/lib/messaging/detect-messages';
import { MessageError, NoReplyError } from '@/lib/messaging/errors';

beforeEach(() => fakeBrowser.reset());

describe('sendToBackground', () => {
  it('returns the parsed value of an ok reply', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, value: [] }));
    await expect(sendToBackground('detect/tabReport', { tabId: 3 })).resolves.toEqual([]);
  });

  it('raises a MessageError, not a NoReplyError, when the background answered with an error', async () => {
    fakeBrowser.runtime.onMessage.addListener(() =>
      Promise.resolve({ ok: false, error: 'detect/tabReport: no such tab' }),
    );
    const failure = await sendToBackground('detect/tabReport', { tabId: 3 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MessageError);
    expect(failure).not.toBeInstanceOf(NoReplyError);
    expect((failure as Error).message).toBe('detect/tabReport: no such tab');
  });

  it('raises a NoReplyError naming the message when no answer came at all', async () => {
    fakeBrowser.runtime.onMessage.addListener(() =>
      Promise.reject(new Error('the message channel closed before a response was received')),
    );
    const failure = await sendToBackground('detect/tabReport', { tabId: 3 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NoReplyError);
    expect((failure as Error).message).toBe(
      'detect/tabReport: the message channel closed before a response was received',
    );
  });
});

describe('sendMessage', () => {
  it('checks the request and the reply with the schemas of the one domain it is given', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, value: [{ entryId: 7 }] }));
    await expect(sendMessage(detectMessages, 'detect/tabReport', { tabId: 3 })).rejects.toBeInstanceOf(core.$ZodError);
    await expect(sendMessage(detectMessages, 'detect/tabReport', { tabId: -1 })).rejects.toBeInstanceOf(core.$ZodError);
  });
});

describe('sendToBackgroundLater', () => {
  it('loads the protocol on its first send and answers as sendToBackground does', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, value: { flag: null } }));
    await expect(sendToBackgroundLater('flag/status', { tabId: 3 })).resolves.toEqual({ flag: null });
  });
});
