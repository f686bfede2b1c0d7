import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChecklistImport } from '@/components/ChecklistImport';
import type { DictionaryControls } from '@/lib/browser/dictionary-controls';
import {
  activateImported,
  readActiveDictionary,
  readActiveStatus,
  revertToBundled,
} from '@/lib/active-dictionary/active';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { checkChecklistFile } from '@/lib/dictionary/checklist/checked';
import { activateStaged, stageImport, storeStaged } from '@/lib/active-dictionary/staged';
import { MemoryArea } from '../fixtures/checklist/memory-area';
import { render } from './render';

// Each of these compiles the bundled dictionary (seconds of CPU, 30 s seen at load 37): the timeout follows that work.
const COMPILE_TIMEOUT = 90_000;

const fixture = (name: string) =>
  new File([readFileSync(resolve(import.meta.dirname, '../fixtures/checklist', name))], name, { type: 'text/csv' });

/**
 * The real dictionary store over an in-memory storage.local, the background's
 * handlers called directly, and the file checked in process (jsdom has no
 * workers; the worker runs this same checkChecklistFile).
 */
function memoryControls(area = new MemoryArea()): DictionaryControls {
  return {
    status: () => readActiveStatus(area),
    revert: () => revertToBundled(area),
    activate: async (dictionary, fileName) => activateStaged(area, await stageImport(area, dictionary, fileName)),
    check: checkChecklistFile,
    activateChecked: async (checked, fileName) =>
      activateStaged(area, await storeStaged(area, checked.chunks, fileName)),
  };
}

describe('ChecklistImport', () => {
  it(
    'imports a checklist, shows its format and counts, makes it active, and reverts',
    async () => {
      const user = userEvent.setup();
      render(<ChecklistImport controls={memoryControls()} />);
      expect((await screen.findByTestId('dictionary-status')).textContent).toMatch(/Spoor’s bundled list/);

      await user.upload(screen.getByLabelText(/Checklist file/), fixture('index-of-cites-species.csv'));
      await user.clear(screen.getByLabelText(/Listings as of/));
      await user.type(screen.getByLabelText(/Listings as of/), '2017-04-21');
      await user.click(screen.getByRole('button', { name: 'Import' }));

      const region = screen.getByRole('status');
      await waitFor(
        () =>
          expect(region.textContent).toBe(
            'Imported 10 taxa, 21 common names and 5 synonyms from 11 rows; skipped 1 not listed (NC or no current listing).',
          ),
        { timeout: COMPILE_TIMEOUT },
      );
      expect(screen.getByText(/Format: CITES Checklist/).textContent).toMatch(/Index of CITES Species/);
      expect(screen.getByTestId('dictionary-status').textContent).toMatch(
        /Imported CITES Checklist \(index-of-cites-species.csv\), listings as of 21 April 2017/,
      );

      await user.click(screen.getByRole('button', { name: 'Revert to bundled list' }));
      await waitFor(() => expect(screen.getByTestId('dictionary-status').textContent).toMatch(/Spoor’s bundled list/));
    },
    COMPILE_TIMEOUT,
  );

  it(
    'shows what is wrong with a bad file, as text, and leaves the active list unchanged',
    async () => {
      const user = userEvent.setup();
      const area = new MemoryArea();
      const good = await importChecklistFile(fixture('index-of-cites-species.csv'), { listingsAsOf: '2017-04-21' });
      await activateImported(area, good.dictionary, 'index-of-cites-species.csv');
      const before = await readActiveDictionary(area);
      render(<ChecklistImport controls={memoryControls(area)} />);

      await user.upload(screen.getByLabelText(/Checklist file/), fixture('index-of-cites-species-bad-listing.csv'));
      await user.click(screen.getByRole('button', { name: 'Import' }));

      const alert = (await screen.findByRole('alert')).textContent;
      expect(alert).toContain("row 3, column CurrentListing: unknown listing 'IV'");
      expect(alert).toContain('Nothing was changed.');
      expect(await readActiveDictionary(area)).toEqual(before);
    },
    COMPILE_TIMEOUT,
  );

  it(
    'never renders markup from a file',
    async () => {
      const user = userEvent.setup();
      render(<ChecklistImport controls={memoryControls()} />);
      const header =
        'TaxonId,Kingdom,Class,Order,Family,Genus,FullName,RankName,CurrentListing,AnnotationEnglish,SynonymsWithAuthors,EnglishNames,SpanishNames,FrenchNames';
      const hostile = `${header}\n1,Animalia,Aves,A,B,C,Psittacus erithacus,SPECIES,<img src=x onerror=alert(1)>,,,,,\n`;
      await user.upload(screen.getByLabelText(/Checklist file/), new File([hostile], 'x.csv'));
      await user.click(screen.getByRole('button', { name: 'Import' }));
      expect((await screen.findByRole('alert')).textContent).toContain(
        "unknown listing '<img src=x onerror=alert(1)>'",
      );
      expect(document.querySelector('img')).toBeNull();
    },
    COMPILE_TIMEOUT,
  );
});
