/**
 * Lets the page paint and handle clicks (Cancel) between long steps. A message
 * round trip is used because nested setTimeout calls are clamped to 4 ms.
 * @example await yieldToEventLoop();
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}
