import 'fake-indexeddb/auto';
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { IDBFactory } from 'fake-indexeddb';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { BatchActions } from '@/components/batch/BatchActions';
import { ChecklistImport } from '@/components/ChecklistImport';
import { BarChart } from '@/components/dashboard/BarChart';
import { BackupRestore } from '@/components/settings/BackupRestore';
import type { DictionaryControls } from '@/lib/browser/dictionary-controls';
import { ImportError } from '@/lib/dictionary/checklist/errors';
import { openSpoorDb } from '@/lib/storage/db';
import { MemoryArea } from '../fixtures/checklist/memory-area';
import { axeViolations } from './axe';
import { dbWithFlags, downloadTargets, testEnv } from './BatchTestEnv';
import { render } from './render';
import { BUNDLED } from './bundled-status';

globalThis.Blob = NodeBlob as unknown as typeof Blob;

/*
 * Error states and panels the browser probe reaches only through files (tests/e2e/accessibility-states.test.ts):
 * a control whose file was refused says it is invalid and is described by why, and a batch panel closes on
 * Escape with focus back on its button.
 */

/** What a screen reader hears of a control's error: that it is invalid, and its description. */
function errorOf(control: HTMLElement) {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return {
    invalid: control.getAttribute('aria-invalid'),
    description: ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
  };
}

async function batchActions() {
  render(
    <BatchActions selection={[]} filteredIds={[]} env={testEnv(await dbWithFlags(), downloadTargets().targets)} />,
  );
}

describe('a refused file marks its input invalid, described by why', () => {
  it('the dashboard’s import: the refused file’s line, naming the file and the field; cleared by another choice', async () => {
    await batchActions();
    await userEvent.click(screen.getByRole('button', { name: 'Import batches…' }));
    const form = screen.getByRole('form', { name: 'Import researchers’ batches' });
    const input = within(form).getByLabelText('Batch files (.zip bundles or .json)');
    const broken = new NodeFile(['{"format":"spoor-batch","formatVersion":1,"batch":{},"flags":[]}'], 'broken.json');
    await userEvent.upload(input, broken as unknown as File);
    await userEvent.click(within(form).getByRole('button', { name: 'Check and import' }));
    await within(form).findByRole('list', { name: 'Import researchers’ batches' });

    const error = errorOf(input);
    expect(error.invalid).toBe('true');
    expect(error.description).toMatch(/ broken\.json: Not imported, nothing changed\..*broken\.json › formatVersion/);
    expect(await axeViolations()).toEqual([]);

    await userEvent.upload(input, new NodeFile(['{}'], 'other.json') as unknown as File);
    expect(errorOf(input).invalid).toBeNull();
  });

  it('the backup restore: the alert saying the file cannot be restored', async () => {
    globalThis.indexedDB = new IDBFactory();
    const db = await openSpoorDb();
    const status = async () => BUNDLED;
    const env = {
      db: async () => db,
      area: new MemoryArea(),
      save: { download: async () => undefined },
      extensionVersion: '0.1.0',
      dictionary: { status, activate: status, applyCustomTerms: status },
    };
    render(<BackupRestore env={env} />);
    const input = screen.getByLabelText('Backup file');
    fireEvent.change(input, { target: { files: [new NodeFile(['not a zip'], 'holiday.zip')] } });
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    const alert = await screen.findByRole('alert');

    const error = errorOf(input);
    expect(error.invalid).toBe('true');
    expect(error.description).toBe(alert.textContent);
    expect(await axeViolations()).toEqual([]);
  });

  it('the checklist import: the rows the importer could not read', async () => {
    const controls = {
      status: async () => BUNDLED,
      check: async () => {
        throw new ImportError([{ row: 1, message: 'not a CITES Checklist' }]);
      },
    } as unknown as DictionaryControls;
    render(<ChecklistImport controls={controls} />);
    const input = screen.getByLabelText('Checklist file');
    await userEvent.upload(input, new File(['date,amount\n'], 'bank.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('alert');

    const error = errorOf(input);
    expect(error.invalid).toBe('true');
    expect(error.description).toContain('row 1: not a CITES Checklist');
    expect(await axeViolations()).toEqual([]);
  });
});

describe('a batch panel', () => {
  it('closes on Escape from inside it, and on Close, with focus back on the button that opened it', async () => {
    await batchActions();
    const importOpener = screen.getByRole('button', { name: 'Import batches…' });
    await userEvent.click(importOpener);
    await userEvent.click(screen.getByLabelText('Batch files (.zip bundles or .json)'));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Import researchers’ batches' })).toBeNull();
    expect(importOpener.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(importOpener);

    const exportOpener = screen.getByRole('button', { name: 'Export…' });
    await userEvent.click(exportOpener);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('form', { name: 'Export a batch' })).toBeNull();
    expect(document.activeElement).toBe(exportOpener);
  });
});

describe('BarChart', () => {
  it('names a tally its label leaves empty "none", so no bar or row header is nameless (axe empty-table-header)', async () => {
    const tallies = [
      { key: 'I', ads: 2, specimens: 1 },
      { key: '', ads: 1, specimens: 3 },
    ];
    render(<BarChart title="By platform" tallies={tallies} measure="ads" labelOf={(key) => key} />);
    const table = screen.getByRole('table', { name: 'By platform' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['I', 'none']);
    const result = await axe.run(document.body, { runOnly: ['empty-table-header'] });
    expect(result.violations).toEqual([]);
  });
});
