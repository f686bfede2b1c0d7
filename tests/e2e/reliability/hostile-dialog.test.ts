import { describe, expect, it } from 'vitest';
import { hostileDialogRoute, type HostileDialogPage } from './hostile-dialog-pages';
import { hostileFlagging } from './hostile-flagging';

/**
 * Sellers' pages that answer Spoor taking its highlights off for the screenshot by holding their main thread (a
 * dialog each time one closes) or loading again (hostile-dialog-pages.ts): the flag must finish, keep what it took
 * and say the page did not answer or was another document, never record a page it did not read as if it held still.
 */
const { flagged: flaggedAt } = hostileFlagging(hostileDialogRoute, 'Hostile dialogs');
const flagged = (name: HostileDialogPage, within?: number) =>
  flaggedAt(`/hostile-dialog/${name}.html`, undefined, within);
const kinds = (observation: Record<string, any>) =>
  (observation.artifacts as { kind: string }[]).map((artifact) => artifact.kind);

describe('a page against the flag as its screenshot is taken', () => {
  it('opening a dialog each time one closes: the flag is saved with its screenshot and says the page did not answer', async () => {
    // Playwright dismisses each dialog at once: the page opens the next, its main thread never free. A snapshot of
    // such a page may not come either (EVIDENCE_WAIT_MS): the poll waits past it.
    const { page, observation } = await flagged('alertOnConceal', 150_000);
    expect(observation.ad.title).toBe('Carved ivory bangle, old stock');
    expect(observation.changedDuringCapture).toEqual(['unanswered']);
    expect(kinds(observation)).toContain('screenshot');
    await page.close().catch(() => undefined);
  }, 300_000);

  it('loading again at the same address: the flag says the page itself changed', async () => {
    const { page, observation } = await flagged('reloadOnConceal');
    expect(observation.ad.title).toBe('Carved ivory bangle, old stock');
    expect(observation.changedDuringCapture).toEqual(['page']);
    await page.close();
  });

  it('holding still: the flag says nothing changed and keeps both evidence files', async () => {
    const { page, observation } = await flagged('stillOnConceal');
    expect(observation.changedDuringCapture).toBeUndefined();
    expect(kinds(observation)).toEqual(['screenshot', 'snapshot']);
    await page.close();
  });
});
