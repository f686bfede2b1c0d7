import { File as NodeFile } from 'node:buffer';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BatchActions } from '@/components/batch/BatchActions';
import type { BatchEnv } from '@/lib/browser/batch-env';
import { axeViolations } from './axe';
import { dbWithFlags, downloadTargets, testEnv } from './BatchTestEnv';
import { render } from './render';
import { BATCH_AD as AD, signedBatchJson } from '../support/signed-batch';

/**
 * A researcher's batch.json, made from flags saved through the flag service.
 * Node's File, because jsdom's cannot be read back (arrayBuffer, text).
 */
async function batchFileOf(researcher: string, intent: 'selling' | 'wanted'): Promise<File> {
  const json = await signedBatchJson(`researcher-${researcher}`, researcher, 'Ivory 2026', {
    intent,
    paperwork: 'pre-1947',
    tradeTerms: ['CAR'],
  });
  return new NodeFile([json], `${researcher}.json`, { type: 'application/json' }) as unknown as File;
}

/** Accepts, one after another, every key the report asks about, as a coordinator who compared fingerprints. */
async function acceptEveryKey(form: HTMLElement) {
  for (;;) {
    const [accept] = within(form).queryAllByRole('button', {
      name: 'The fingerprint matches: accept this key and import',
    });
    if (!accept) return;
    await userEvent.click(accept);
    await within(form).findByRole('button', { name: 'Check and import' });
  }
}

async function importThrough(files: File[], onChanged = vi.fn(), accept = true, envOf?: BatchEnv) {
  const db = await dbWithFlags();
  render(
    <BatchActions
      selection={[]}
      filteredIds={[]}
      env={envOf ?? testEnv(db, downloadTargets().targets, 'coord')}
      onChanged={onChanged}
    />,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Import batches…' }));
  const form = screen.getByRole('form', { name: 'Import researchers’ batches' });
  // The picker's filter is a hint a coordinator can switch off ("All files"): any file may arrive.
  await userEvent
    .setup({ applyAccept: false })
    .upload(within(form).getByLabelText('Batch files (.zip bundles or .json)'), files);
  await userEvent.click(within(form).getByRole('button', { name: 'Check and import' }));
  const report = await within(form).findByRole('list', { name: 'Import researchers’ batches' });
  if (accept) await acceptEveryKey(form);
  return { db, form, report };
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
      /^anna\.k\.json: Imported batch SPOOR-anna\.k-20260320-[0-9a-f]{8} from anna\.k: 1 new flags, 0 merged, 0 new observations\. Signed by anna\.k, key ([0-9a-f]{4} ){7}[0-9a-f]{4}…, which you accepted for this import \(recorded\)\. A batch\.json alone/,
    );
    expect(within(badLine!).getByRole('alert').textContent).toMatch(
      /^Not imported, nothing changed\. What is wrong:.*broken\.json › formatVersion: made by an older Spoor/,
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

  it('says in words what a CSV export, a backup or a checklist is, and what to import instead', async () => {
    const files = [
      new NodeFile(['\uFEFFflag_id,batch_id,canonical_url\r\n1,2,https://x.example/\r\n'], 'batch.csv'),
      new NodeFile(['TaxonId,Kingdom,Phylum,Class,Order,Family,Genus,Species,FullName\n'], 'checklist.csv'),
      new NodeFile(['https://shop.example/ad/1\nhttps://shop.example/ad/2\n'], 'takedown.txt'),
    ] as unknown as File[];

    const { db, report } = await importThrough(files);

    expect(
      within(report)
        .getAllByRole('alert')
        .map((line) => line.textContent),
    ).toEqual([
      'This is a CSV export. Import the ZIP or JSON batch instead.',
      'This is a species checklist. Import it in Settings, under “Species list”.',
      'This is a list of ad URLs (a takedown list), not a batch.',
    ]);
    expect(await db.count('flags')).toBe(0);
  });

  it('names a batch imported before by its label, not its UUID', async () => {
    const anna = await batchFileOf('anna.k', 'selling');
    const db = await dbWithFlags();
    const env = testEnv(db, downloadTargets().targets, 'coord');
    render(<BatchActions selection={[]} filteredIds={[]} env={env} />);
    await userEvent.click(screen.getByRole('button', { name: 'Import batches…' }));
    const form = screen.getByRole('form', { name: 'Import researchers’ batches' });
    for (let round = 0; round < 2; round += 1) {
      await userEvent.upload(within(form).getByLabelText('Batch files (.zip bundles or .json)'), [anna]);
      await userEvent.click(within(form).getByRole('button', { name: 'Check and import' }));
      await within(form).findByRole('list', { name: 'Import researchers’ batches' });
      await acceptEveryKey(form);
    }
    const line = await within(form).findByText(/already imported/);
    expect(line.textContent).toMatch(/^Batch SPOOR-anna\.k-20260320-[0-9a-f]{8} was already imported on /);
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

  it('holds a file signed with an unknown key, showing the fingerprint to compare, and imports it once accepted', async () => {
    const anna = await batchFileOf('anna.k', 'selling');

    const { db, form, report } = await importThrough([anna], vi.fn(), false);

    const warning = within(report).getByRole('alert');
    expect(warning.textContent).toMatch(
      /^Not imported yet: signed by anna\.k with a key this Spoor has never seen, ([0-9a-f]{4} ){7}[0-9a-f]{4}…\. Ask anna\.k to read out the fingerprint/,
    );
    expect(await db.count('flags')).toBe(0);
    await acceptEveryKey(form);
    expect(within(report).getByRole('status').textContent).toMatch(/^Imported batch/);
    expect(await db.count('flags')).toBe(1);
    expect(await db.count('signers')).toBe(1);
  });
});

describe('the import dialog’s notices', () => {
  /** Opens the import, chooses a file and presses import with `env`: the form, and the button pressed. */
  async function startImport(env: BatchEnv) {
    render(<BatchActions selection={[]} filteredIds={[]} env={env} onChanged={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Import batches…' }));
    const form = screen.getByRole('form', { name: 'Import researchers’ batches' });
    await userEvent.upload(
      within(form).getByLabelText('Batch files (.zip bundles or .json)'),
      await batchFileOf('anna.k', 'selling'),
    );
    const button = within(form).getByRole('button', { name: 'Check and import' });
    await userEvent.click(button);
    return { form, button };
  }

  /** startImport, then its alert shown. */
  async function pressImport(env: BatchEnv) {
    const pressed = await startImport(env);
    await within(pressed.form).findByRole('alert');
    return pressed;
  }

  it.each([
    [
      'no researcher id is set',
      async () => testEnv(await dbWithFlags(), downloadTargets().targets, ' '),
      /^Set your researcher id/,
    ],
    [
      'the import fails',
      async () => ({
        ...testEnv(await dbWithFlags(), downloadTargets().targets, 'coord'),
        db: () => Promise.reject(new Error('the disk is full')),
      }),
      /^Not saved, nothing changed: the disk is full/,
    ],
  ])('when %s, the alert describes the import button and the dialog has no axe violation', async (_, envOf, text) => {
    const { form, button } = await pressImport(await envOf());

    const described = (button.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id));
    const alert = within(form).getByRole('alert');
    expect(described.some((element) => element?.contains(alert))).toBe(true);
    expect(alert.textContent).toMatch(text);
    // Focus goes on from the summary of what failed, the notice the button is described by.
    expect(described).toContain(document.activeElement);
    // The file input is not marked invalid: the notice is not about the files.
    expect(within(form).getByLabelText('Batch files (.zip bundles or .json)').getAttribute('aria-invalid')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('keeps focus on the import button while it works, a second press doing nothing', async () => {
    let fail: (error: Error) => void = () => {};
    const opened = vi.fn(() => new Promise<never>((_, reject) => (fail = reject)));
    const env = { ...testEnv(await dbWithFlags(), downloadTargets().targets, 'coord'), db: opened };
    const { form } = await startImport(env);

    // A disabled button would drop focus to the body (Chromium's focus fix-up): a busy one keeps it.
    const working = await within(form).findByRole('button', { name: 'Working…' });
    expect(working.getAttribute('aria-disabled')).toBe('true');
    expect((working as HTMLButtonElement).disabled).toBe(false);
    expect(document.activeElement).toBe(working);
    await userEvent.keyboard('{Enter}');
    expect(opened).toHaveBeenCalledOnce();

    fail(new Error('the disk is full'));
    const alert = await within(form).findByRole('alert');
    expect(document.activeElement?.contains(alert)).toBe(true);
  });
});

describe('accepting a key', () => {
  it('keeps focus on the accept button while it works, then puts it on that file’s line', async () => {
    const db = await dbWithFlags();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The first import opens the database at once; the accepted file's second import waits to be released.
    const opened = vi.fn(async () => {
      if (opened.mock.calls.length > 1) await held;
      return db;
    });
    const { form, report } = await importThrough([await batchFileOf('anna.k', 'selling')], vi.fn(), false, {
      ...testEnv(db, downloadTargets().targets, 'coord'),
      db: opened,
    });
    const accept = within(report).getByRole('button', { name: 'The fingerprint matches: accept this key and import' });
    await userEvent.click(accept);

    // Taking the button away while it works would drop focus to the body, and the keyboard user's place with it.
    await within(form).findByRole('button', { name: 'Working…' });
    expect(accept.isConnected).toBe(true);
    expect(accept.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(accept);
    await userEvent.keyboard('{Enter}');
    expect(opened).toHaveBeenCalledTimes(2);

    release();
    const imported = await within(report).findByRole('status');
    expect(imported.textContent).toMatch(/^Imported batch/);
    // Focus moves once the line is drawn, which may be a tick after its status is.
    await waitFor(() => expect(document.activeElement?.tagName).toBe('LI'));
    expect(document.activeElement?.contains(imported)).toBe(true);
    expect(await axeViolations()).toEqual([]);
  });
});
