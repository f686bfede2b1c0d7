import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Legend } from '@/components/Legend';
import { render } from './render';

it('names the four categories, each swatch in the page’s colour for it', () => {
  render(<Legend />);
  expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'CITES Appendix I',
    'CITES Appendix II',
    'CITES Appendix III',
    'Trade term, code word or unlisted',
  ]);
  // The page sets --cat-* from the researcher's colours (components/page/PageRoot.tsx).
  expect(screen.getByTestId('swatch-app-i').style.background).toBe('var(--cat-app-i)');
  expect(screen.getByTestId('swatch-trade').style.background).toBe('var(--cat-trade)');
});

it('shows each category’s underline, as the page marks it, so the categories differ without colour', () => {
  render(<Legend />);
  const styles = ['app-i', 'app-ii', 'app-iii', 'trade'].map(
    (category) => screen.getByTestId(`swatch-${category}`).style.textDecorationStyle,
  );
  expect(styles).toEqual(['double', 'solid', 'dashed', 'wavy']);
});
