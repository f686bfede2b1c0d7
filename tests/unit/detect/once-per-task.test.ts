import { expect, it } from 'vitest';
import { oncePerTask } from '@/lib/detect/once-per-task';

/** A question whose asks are counted; `answer` says what it answers. */
function counted<Answer>(answer: (asked: object) => Answer) {
  const asked: object[] = [];
  const ask = oncePerTask((about: object) => (asked.push(about), answer(about)));
  return { asked, ask };
}

it('answers each question once in a task, and again in a later one', async () => {
  const [one, other] = [{}, {}];
  const { asked, ask } = counted((about) => about === one);
  expect([ask(one), ask(other), ask(one), ask(other)]).toEqual([true, false, true, false]);
  expect(asked).toEqual([one, other]);
  await new Promise((resolve) => setTimeout(resolve));
  expect(ask(one)).toBe(true);
  expect(asked).toEqual([one, other, one]);
});

it('remembers an answer of undefined too (a backdrop that cannot be told)', () => {
  const element = {};
  const { asked, ask } = counted(() => undefined);
  expect([ask(element), ask(element), ask(element)]).toEqual([undefined, undefined, undefined]);
  expect(asked).toHaveLength(1);
});
