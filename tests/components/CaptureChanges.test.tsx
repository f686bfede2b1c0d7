import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { CaptureChanges } from '@/components/record/CaptureChanges';
import { render } from './render';

it('names a page loaded again and a page that stopped answering while captured, and a name it does not know as is', () => {
  render(<CaptureChanges changed={['price', 'page', 'unanswered', 'newer']} />);
  expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'Price',
    'the page itself (it loaded again: the screenshot may show it half drawn)',
    'the page’s answer: it stopped answering (a dialog or a script held it), so what it showed then is not known',
    'newer',
  ]);
});
