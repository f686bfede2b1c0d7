import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportReport } from '@/components/batch/ImportReport';
import type { FileReport } from '@/lib/import/import-flow';
import type { ReadingDisagreement } from '@/lib/records/batch';
import { axeViolations } from './axe';
import { importedReport, oneFlagBatch } from './imported-report';
import { render } from './render';

/* The coordinator's dictionary reads an imported batch's words otherwise: the report shows both readings, per ad. */

const batch = oneFlagBatch('30000000-0000-4000-8000-000000000003', 'Birds 2026');
const where = {
  flagId: '20000000-0000-4000-8000-000000000001',
  observationId: '10000000-0000-4000-8000-000000000001',
  canonicalUrl: 'https://shop.example/ad/7',
};
const reading: ReadingDisagreement[] = [
  {
    ...where,
    kind: 'unconfirmed',
    entryId: 'psittacus-erithacus',
    sent: { label: 'Psittacus erithacus', appendix: 'I', euAnnex: 'A' },
    matched: ['budgie'],
  },
  {
    ...where,
    kind: 'needs-context',
    entryId: 'ivory',
    sent: { label: 'Ivory', appendix: 'I/II', euAnnex: 'A/B' },
    read: { label: 'Ivory', appendix: 'I/II', euAnnex: 'A/B' },
    matched: ['avorio'],
  },
  {
    ...where,
    kind: 'unreported',
    entryId: 'pangolin-scales',
    read: { label: 'Pangolin scales', appendix: 'I', euAnnex: 'A' },
    matched: ['pangolin scales'],
  },
];

const imported = (disagreements?: ReadingDisagreement[], fileName = 'birds.json'): FileReport =>
  importedReport({
    fileName,
    batch,
    summary: { added: 1, merged: 0, observationsAdded: 1, keptApart: 0, replayed: 0 },
    ...(disagreements && { reading: disagreements }),
  });

describe('the import report of a batch the coordinator’s dictionary reads otherwise', () => {
  it('lists each ad’s words with what the batch says and what the dictionary reads', async () => {
    const { container } = render(<ImportReport id="report" reports={[imported(reading)]} />);
    const table = screen.getByRole('table', { name: /^Your dictionary reads these words otherwise than the batch/ });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['https://shop.example/ad/7', 'budgie', 'Psittacus erithacus · App. I · Annex A', 'no listed name'],
      [
        'https://shop.example/ad/7',
        'avorio',
        'Ivory · App. I/II · Annex A/B',
        'Ivory · App. I/II · Annex A/B, but only in context: the batch does not hold the page around the word',
      ],
      ['https://shop.example/ad/7', 'pangolin scales', 'not listed by the batch', 'Pangolin scales · App. I · Annex A'],
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('names each file’s table after its file, so two files’ scrolling regions are told apart', async () => {
    const { container } = render(
      <ImportReport id="report" reports={[imported(reading, 'anna.json'), imported(reading, 'ben.json')]} />,
    );
    for (const file of ['anna', 'ben'])
      expect(
        screen.getAllByRole('region', { name: new RegExp(`^${file}\\.json: Your dictionary reads these`) }),
      ).toHaveLength(1);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('marks each ad’s words with the language its page declared, when it is not the interface’s', async () => {
    const [budgie, avorio, pangolin] = reading;
    const langs = [
      { ...budgie!, pageLang: 'en-GB' },
      { ...avorio!, pageLang: 'it' },
      { ...pangolin!, pageLang: 'en_US' },
    ];
    const { container } = render(<ImportReport id="report" reports={[imported(langs)]} />);
    const wordsCell = (words: string) => screen.getByRole('cell', { name: words });
    // Italian words in an English interface: lang="it"; English ones need none; a tag that is no language gets none.
    expect(wordsCell('avorio').getAttribute('lang')).toBe('it');
    expect(wordsCell('budgie').hasAttribute('lang')).toBe(false);
    expect(wordsCell('pangolin scales').hasAttribute('lang')).toBe(false);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows no reading table when the dictionary agrees', () => {
    render(<ImportReport id="report" reports={[imported([])]} />);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
