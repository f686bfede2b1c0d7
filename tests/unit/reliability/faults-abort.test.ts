import { beforeAll, describe, expect, it } from 'vitest';
import { checkConsistency } from '@/lib/storage/consistency';
import { crashed } from './faults-support';
import { failEachWriteInTurn, makeInputs, scenarios, type Inputs } from './faults-scenarios';

let inputs: Inputs;
beforeAll(async () => {
  inputs = await makeInputs();
});

/*
 * A crash can stop an operation between any two of its writes. IndexedDB
 * discards a transaction that did not commit; these tests prove Spoor puts
 * every write of an operation in that one transaction, by failing each write
 * in turn from inside it: nothing of the operation may remain.
 */
describe('an operation interrupted at any of its writes leaves nothing half-written', () => {
  it.each([
    ['flagging a new ad', 4],
    ['adding an observation', 3],
    ['editing a flag', 2],
    ['deleting a flag', 3],
    ['importing an evidence bundle', 9],
    ['marking a saved export', 4],
    ['restoring a backup', 14],
  ])('%s (%i writes)', async (prefix, writes) => {
    const scenario = scenarios(inputs).find((candidate) => candidate.name.startsWith(prefix))!;
    const { interrupted, whole } = await failEachWriteInTurn(scenario, crashed);

    expect(interrupted).toHaveLength(writes);
    interrupted.forEach(({ outcome, before, after }, index) => {
      expect(outcome, `interrupted at write ${index + 1}`).toMatch(/the browser stopped here/);
      expect(after, `interrupted at write ${index + 1}: nothing of it remains`).toEqual(before);
      expect(checkConsistency(after)).toEqual([]);
    });
    expect(whole.outcome).toBe('completed');
    expect(whole.after).not.toEqual(whole.before);
    expect(checkConsistency(whole.after)).toEqual([]);
  });
});
