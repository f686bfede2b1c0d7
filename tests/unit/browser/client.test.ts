import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { sendToBackground } from '@/lib/browser/client';
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
