import { Blob as NodeBlob } from 'node:buffer';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DetectedTaxa } from '@/components/DetectedTaxa';
import { FlagObservations } from '@/components/FlagObservations';
import { FlagPanel } from '@/components/FlagPanel';
import type { DetectionsSource } from '@/lib/browser/detections-source';
import type { ReportEntry } from '@/lib/detect/report';
import { flagTab, type FlagDeps } from '@/lib/flags/flag-tab';
import type { Flag } from '@/lib/records/flag';
import { depsWith, freshDb } from '../unit/flags/support';
import { axeViolations } from './axe';
import { backgroundFor } from './FlagTestBackground';
import { render } from './render';
import { parrotEntry } from '../support/report-entries';

// jsdom's Blob does not survive structured cloning into fake-indexeddb (a browser's does).
globalThis.Blob = NodeBlob as unknown as typeof Blob;
// Evidence thumbnails ask for object URLs, which jsdom has not.
URL.createObjectURL = () => 'blob:spoor/evidence';
URL.revokeObjectURL = () => undefined;

/*
 * States of the UI the browser probe (tests/e2e/accessibility.test.ts) does not reach, checked with the same axe-core
 * rules and for what a screen reader hears.
 */

const parrot = parrotEntry({ count: 2, matched: ['Graupapagei'], langs: ['de'] });

let deps: FlagDeps;
let flag: Flag;
beforeEach(async () => {
  ({ deps } = await depsWith({}, await freshDb()));
  ({ flag } = await flagTab(deps, { tabId: 7, trigger: 'button', ifFlagged: 'ask' }));
});

describe('a record with several observations', () => {
  it('names each observation’s table of detections apart, after its heading', async () => {
    const [first] = flag.observations;
    const second = { ...first!, id: 'second-observation', capturedAt: '2026-03-13T09:30:00.000Z' };
    render(<FlagObservations observations={[first!, second]} send={backgroundFor(deps).send} />);
    expect(screen.getAllByRole('region', { name: /Detected taxa$/ })).toHaveLength(2);
    expect(screen.getByRole('region', { name: /^Observation 1 · .* Detected taxa$/ })).toBeTruthy();
    expect(screen.getByRole('region', { name: /^Observation 2 · .* Detected taxa$/ })).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });
});

describe('the popup’s verdict', () => {
  it('is a status message: a screen reader hears "looking", then what the tab found, without moving to it', async () => {
    let report: (entries: ReportEntry[]) => void = () => undefined;
    const source: DetectionsSource = {
      load: () => new Promise((resolve) => (report = resolve)),
      watch: () => () => undefined,
    };
    render(<DetectedTaxa tabId={7} source={source} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Looking…');
    act(() => report([parrot]));
    await waitFor(() => expect(status.textContent).toBe('1 CITES-listed taxon · Appendix I'));
    expect(within(status).getByRole('heading', { level: 1 })).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });
});

describe('the popup after flagging', () => {
  it('moves focus to what was captured, since the button that flagged is gone', async () => {
    const user = userEvent.setup();
    // A store where this ad is not flagged yet.
    const { deps } = await depsWith({}, await freshDb());
    render(
      <FlagPanel
        tabId={7}
        send={backgroundFor(deps).send}
        storage={{ persisted: async () => true, persist: async () => true }}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Flag this ad' }));
    await screen.findByText(/^Saved:/);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 })));
    // The keyboard goes on from there: the next Tab reaches the summary's own actions, not the top of the popup.
    await user.tab();
    expect(document.activeElement?.closest('.captured')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  });
});
