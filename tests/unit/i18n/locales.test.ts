import { expect, it } from 'vitest';
import { translateFrom } from '@/lib/i18n/translate';

// Completeness and placeholders of every locale: locales-complete.test.ts.

it('resolves named placeholders and $1-style substitutions like the browser', () => {
  const t = translateFrom({
    flaggedOn: {
      message: 'Flagged on $DATE$ by $WHO$',
      placeholders: { date: { content: '$1' }, who: { content: '$2' } },
    },
    price: { message: 'Costs $$5' },
  });
  expect(t('flaggedOn' as never, ['12 Mar', 'ana'])).toBe('Flagged on 12 Mar by ana');
  expect(t('price' as never)).toBe('Costs $5');
  expect(t('missing' as never)).toBe('missing');
});
