import { File as NodeFile } from 'node:buffer';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BatchActions } from '@/components/batch/BatchActions';
import { batchJson, buildBatch } from '@/lib/export/json';
import { readFlagsWithAudit } from '@/lib/export/export-flow';
import { createFlagService } from '@/lib/flags/service';
import { openSpoorDb } from '@/lib/storage/db';
import { captureOf, steppingClock } from '../unit/flags/support';
import { dbWithFlags, downloadTargets, testEnv } from './BatchTestEnv';

const AD = 'https://shop.example/ad/1';

/**
 * A researcher's batch.json, made from flags saved through the flag service.
 * Node's File, because jsdom's cannot be read back (arrayBuffer, text).
 */
async function batchFileOf(researcher: string, intent: 'selling' | 'wanted'): Promise<File> {
  const db = await openSpoorDb(`researcher-${researcher}`);
  const service = createFlagService(db, steppingClock());
  const researcherInfo = { researcherId: researcher, survey: 'Ivory 2026' };
  await service.record(
    await captureOf(AD, {
      researcher: researcherInfo,
      prefill: { intent, paperwork: 'pre-1947', tradeTerms: ['CAR'] },
    }),
    'ask',
  );
  const { flags, audit } = await readFlagsWithAudit(db, await db.getAllKeys('flags'));
  const doc = buildBatch(flags, audit, {
    id: crypto.randomUUID(),
    createdAt: new Date('2026-03-20T12:00:00.000Z'),
    researcher,
    survey: 'Ivory 2026',
    extensionVersion: '0.1.0',
  });
  db.close();
  return new NodeFile([batchJson(doc)], `${researcher}.json`, { type: 'application/json' }) as unknown as File;
}

async function importThrough(files: File[], onChanged = vi.fn()) {
  const db = await dbWithFlags();
  render(
    <BatchActions
      selection={[]}
      filteredIds={[]}
      env={testEnv(db, downloadTargets().targets, 'coord')}
      onChanged={onChanged}
    />,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Import batches…' }));
  const form = screen.getByRole('form', { name: 'Import researchers’ batches' });
  await userEvent.upload(within(form).getByLabelText('Batch files (.zip bundles or .json)'), files);
  await userEvent.click(within(form).getByRole('button', { name: 'Check and import' }));
  return { db, report: await within(form).findByRole('list', { name: 'Import researchers’ batches' }) };
}

describe('the import dialog', () => {
  it('reports each file: a good one imported, a bad one refused with what is wrong and where', async () => {
    const good = await batchFileOf('anna.k', 'selling');
    const bad = new NodeFile(
      ['{"format":"spoor-batch","formatVersion":1,"batch":{},"flags":[]}'],
      'broken.json',
    ) as unknown as File;
    const onChanged = vi.fn();

    const { db, report } = await importThrough([good, bad], onChanged);

    const [goodLine, badLine] = within(report)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === report);
    expect(goodLine!.textContent).toMatch(
      /^anna\.k\.json: Imported batch SPOOR-anna\.k-20260320-[0-9a-f]{8} from anna\.k: 1 new flags, 0 merged, 0 new observations\. A batch\.json alone/,
    );
    expect(within(badLine!).getByRole('alert').textContent).toMatch(
      /^Not imported, nothing changed\. What is wrong:.*broken\.json › batch\.id: /,
    );
    expect(await db.count('flags')).toBe(1);
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('shows the values two researchers differ on, each with who said it', async () => {
    const anna = await batchFileOf('anna.k', 'selling');
    const ben = await batchFileOf('ben.m', 'wanted');

    const { db, report } = await importThrough([anna, ben]);

    const table = within(report).getByRole('table', { name: 'Differing values, kept for your review' });
    const cells = within(table)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([AD, 'assessment.intent', 'selling (anna.k)', 'wanted (ben.m)']);
    expect(await db.count('flags')).toBe(1);
  });

  it('recognises the same batch chosen twice', async () => {
    const anna = await batchFileOf('anna.k', 'selling');

    const { report } = await importThrough([anna, anna]);

    expect(
      within(report)
        .getAllByRole('status')
        .map((line) => line.textContent),
    ).toEqual([expect.stringMatching(/^Imported batch/), 'The same batch as another chosen file: imported once.']);
  });
});
