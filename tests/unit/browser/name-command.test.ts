import { expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { listenForNameCommand, NEXT_NAME_COMMAND } from '@/lib/browser/name-command';

/** The background's command listener over a fake API whose frames answer the first message with `answer`. */
function commandWith(answer: unknown) {
  let onCommand: (command: string, tab?: { id?: number }) => void = () => {};
  const sendMessage = vi.fn((_tab: number, message: { spoorCommand: string }) =>
    message.spoorCommand === 'detect/next-name' && answer !== undefined
      ? Promise.resolve(answer)
      : Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
  );
  const api = {
    commands: { onCommand: { addListener: (listener: typeof onCommand) => (onCommand = listener) } },
    tabs: { sendMessage },
  } as unknown as typeof browser;
  listenForNameCommand(api);
  return { press: (command: string, tab?: { id?: number }) => onCommand(command, tab), sendMessage };
}

const sent = (sendMessage: ReturnType<typeof vi.fn>) => sendMessage.mock.calls.map(([tab, message]) => [tab, message]);

it('passes the keyboard command on to the tab it was pressed in, and no other command', async () => {
  const { press, sendMessage } = commandWith(true);
  press('flag-ad', { id: 7 });
  press(NEXT_NAME_COMMAND, {});
  expect(sendMessage).not.toHaveBeenCalled();
  press(NEXT_NAME_COMMAND, { id: 7 });
  // The frame holding keyboard focus opened its next name and said so: nothing more is sent.
  await vi.waitFor(() => expect(sent(sendMessage)).toEqual([[7, { spoorCommand: 'detect/next-name' }]]));
  await new Promise((resolve) => setTimeout(resolve));
  expect(sendMessage).toHaveBeenCalledOnce();
});

it('has the top frame open its next name when no frame holding focus could (focus in the toolbar, a frame without names)', async () => {
  const { press, sendMessage } = commandWith(undefined);
  press(NEXT_NAME_COMMAND, { id: 7 });
  await vi.waitFor(() =>
    expect(sent(sendMessage)).toEqual([
      [7, { spoorCommand: 'detect/next-name' }],
      [7, { spoorCommand: 'detect/next-name-top' }],
    ]),
  );
});
