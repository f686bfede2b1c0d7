import { Blob as NodeBlob } from 'node:buffer';
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { FlagObservations } from '@/components/FlagObservations';
import { flagTab, type FlagDeps } from '@/lib/flags/flag-tab';
import type { Flag } from '@/lib/records/flag';
import { depsWith, freshDb } from '../unit/flags/support';
import { axeViolations } from './axe';
import { backgroundFor } from './FlagTestBackground';
import { render } from './render';

// jsdom's Blob does not survive structured cloning into fake-indexeddb (a browser's does).
globalThis.Blob = NodeBlob as unknown as typeof Blob;
// Evidence thumbnails ask for object URLs, which jsdom has not.
URL.createObjectURL = () => 'blob:spoor/evidence';
URL.revokeObjectURL = () => undefined;

/*
 * States of the UI the browser probe (tests/e2e/accessibility.test.ts) does not reach, checked with the same axe-core
 * rules and for what a screen reader hears.
 */

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
