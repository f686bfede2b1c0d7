import { describe, expect, it } from 'vitest';
import { batchJson } from '@/lib/export/json';
import type { BatchDocument } from '@/lib/batch-format/schema';
import { batchMeta, flag, observation, resign, signedBatch } from '../export/builder';
import { importText, problemsOf } from './forger-fixtures';

/*
 * red39: a refused batch's problems are shown to the coordinator as written (the import report), and they quote what
 * the file says: its ids, names and values. A forger controls that text, so it must reach the report as every other
 * text from a file does: hidden and reordering characters written out, and no longer than a person can read.
 */

const RLO = '\u202E';

async function forged(change: (doc: BatchDocument) => void): Promise<string> {
  const doc = structuredClone(
    await signedBatch([flag({ n: 1, observations: [await observation({ n: 1 })] })], batchMeta(1)),
  );
  change(doc);
  return batchJson(await resign(doc));
}

/** Reordering and zero-width characters, which shownText writes out. */
const hidden = /[\u202A-\u202E\u2066-\u2069\u200B]/;

describe('the problems of a refused batch, as the report shows them', () => {
  it('write out a bidi override the file puts in a flag id, and cut an id of a megabyte', async () => {
    const text = await forged((doc) => {
      doc.flags[0]!.id = `${RLO}piz.exe ${'9'.repeat(1_000_000)}`;
    });
    const problems = problemsOf(await importText(text));
    expect(problems.length).toBeGreaterThan(0);
    for (const { file, path, message } of problems) {
      expect(`${file}${path}${message}`).not.toMatch(hidden);
      expect(path.length).toBeLessThan(1_000);
    }
    expect(problems.map((problem) => problem.path).join('\n')).toContain('[U+202E]piz.exe');
  });

  it('write out a bidi override in a value a message quotes (a platform name)', async () => {
    const text = await forged((doc) => {
      doc.flags[0]!.platform = { ...doc.flags[0]!.platform, id: 'vinted', name: `Vinted${RLO}` };
    });
    const problems = problemsOf(await importText(text));
    expect(problems.map((problem) => problem.message).join('\n')).toContain('Vinted[U+202E]');
    for (const { message } of problems) expect(message).not.toMatch(hidden);
  });
});
