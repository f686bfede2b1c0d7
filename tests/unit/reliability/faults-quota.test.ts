import { beforeAll, describe, expect, it } from 'vitest';
import { checkConsistency } from '@/lib/storage/consistency';
import { quotaExceeded } from './faults-support';
import { failEachWriteInTurn, makeInputs, scenarios, type Inputs } from './faults-scenarios';

let inputs: Inputs;
beforeAll(async () => {
  inputs = await makeInputs();
});

/*
 * The disk fills up at each write of each operation in turn. What the user
 * is told is the error text the popup, the dashboard or the options page
 * shows (each prefixes it with its own "Could not …").
 */
describe('storage full in the middle of an operation: nothing saved before is lost, the user is told', () => {
  it.each([
    ['flagging a new ad', /^Storage is full: this flag was not saved; earlier flags are intact\./],
    ['adding an observation', /^Storage is full: this flag was not saved; earlier flags are intact\./],
    ['editing a flag', /^Storage is full: this change was not saved; the flag is as it was\./],
    ['deleting a flag', /^Storage is full: the flag was not deleted\./],
    ['importing an evidence bundle', /^Storage is full: this batch was not imported and nothing here changed\./],
    [
      'marking a saved export',
      /^Storage is full: spoor-anna\.k-2026-03-20-[0-9a-f]{8}\.json was saved, but its flags are not marked exported/,
    ],
    ['restoring a backup', /^Storage is full: nothing was restored\. Free disk space and try again\.$/],
  ])('%s', async (prefix, told) => {
    const scenario = scenarios(inputs).find((candidate) => candidate.name.startsWith(prefix))!;
    const { interrupted, whole } = await failEachWriteInTurn(scenario, quotaExceeded);

    expect(interrupted.length).toBeGreaterThanOrEqual(2);
    interrupted.forEach(({ outcome, before, after }, index) => {
      expect(outcome, `full at write ${index + 1}`).toMatch(told);
      expect(after, `full at write ${index + 1}: everything saved before is as it was`).toEqual(before);
      expect(checkConsistency(after)).toEqual([]);
    });
    expect(whole.outcome).toBe('completed');
  });
});
