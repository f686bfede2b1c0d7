import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChecklistImport } from '@/components/ChecklistImport';
import { FlagPanel } from '@/components/FlagPanel';
import { Notice } from '@/components/ui/Notice';
import type { DictionaryControls } from '@/lib/browser/dictionary-controls';
import { readActiveStatus } from '@/lib/active-dictionary/active';
import { checkChecklistFile } from '@/lib/dictionary/checklist/checked';
import { activateStaged, storeStaged } from '@/lib/active-dictionary/staged';
import { MemoryArea } from '../fixtures/checklist/memory-area';
import { depsWith, freshDb } from '../unit/flags/support';
import { backgroundFor } from './FlagTestBackground';
import { axeViolations } from './axe';
import { render } from './render';
import { statusWithText } from './status-text';

// Checking a checklist compiles the bundled dictionary (seconds of CPU, 30 s seen at load 37).
const COMPILE_TIMEOUT = 90_000;

/** Whether text was put into `region` after it was attached (what screen readers announce), from the records seen. */
const textArrivedLater = (records: MutationRecord[], region: Element) =>
  records.some((record) => record.target === region && [...record.addedNodes].some((node) => node.textContent));

describe('status messages are announced', () => {
  it('a Notice attaches its status region empty and puts its text in after', async () => {
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    render(<Notice tone="success">Saved.</Notice>);
    const region = await screen.findByRole('status');
    await waitFor(() => expect(region.textContent).toBe('Saved.'));
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(textArrivedLater(records, region)).toBe(true);
  });

  it('a flag’s saved line, which comes with the summary of what was captured, is put in after its region', async () => {
    const { deps } = await depsWith({}, await freshDb());
    const background = backgroundFor(deps);
    render(
      <FlagPanel
        tabId={7}
        send={background.send}
        storage={{ persisted: async () => false, persist: async () => true }}
      />,
    );
    const button = await screen.findByRole('button', { name: 'Flag this ad' });
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    await userEvent.click(button);
    const region = await statusWithText(screen);
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(region.textContent).toMatch(/^Saved: /);
    expect(textArrivedLater(records, region)).toBe(true);
  });

  it(
    'the checklist import says saving and done in one region that stays on the page',
    async () => {
      const user = userEvent.setup();
      const area = new MemoryArea();
      let save!: () => void;
      const saved = new Promise<void>((resolve) => (save = resolve));
      const controls: DictionaryControls = {
        status: () => readActiveStatus(area),
        revert: () => Promise.reject(new Error('not used')),
        activate: () => Promise.reject(new Error('not used')),
        check: checkChecklistFile,
        activateChecked: async (checked, fileName) => {
          await saved;
          return activateStaged(area, await storeStaged(area, checked.chunks, fileName));
        },
      };
      render(<ChecklistImport controls={controls} />);
      await screen.findByTestId('dictionary-status');
      const region = screen.getByRole('status');
      expect(region.textContent).toBe('');

      const name = 'index-of-cites-species.csv';
      const file = new File([readFileSync(resolve(import.meta.dirname, '../fixtures/checklist', name))], name);
      await user.upload(screen.getByLabelText(/Checklist file/), file);
      await user.click(screen.getByRole('button', { name: 'Import' }));
      await waitFor(() => expect(region.textContent).toBe('Saving the new list…'), { timeout: COMPILE_TIMEOUT });
      save();
      await waitFor(() => expect(region.textContent).toMatch(/^Imported 10 taxa/), { timeout: COMPILE_TIMEOUT });
      expect(screen.getAllByRole('status')).toEqual([region]);
      expect(await axeViolations()).toEqual([]);
    },
    COMPILE_TIMEOUT,
  );
});
