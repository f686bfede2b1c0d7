import { expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { listenForNameCommand, NEXT_NAME_COMMAND } from '@/lib/browser/name-command';

it('passes the keyboard command on to the tab it was pressed in, and no other command', () => {
  let onCommand: (command: string, tab?: { id?: number }) => void = () => {};
  const sendMessage = vi.fn(() => Promise.resolve(undefined));
  const api = {
    commands: { onCommand: { addListener: (listener: typeof onCommand) => (onCommand = listener) } },
    tabs: { sendMessage },
  } as unknown as typeof browser;
  listenForNameCommand(api);
  onCommand('flag-ad', { id: 7 });
  onCommand(NEXT_NAME_COMMAND, {});
  expect(sendMessage).not.toHaveBeenCalled();
  onCommand(NEXT_NAME_COMMAND, { id: 7 });
  expect(sendMessage).toHaveBeenCalledWith(7, { spoorCommand: 'detect/next-name' });
});
