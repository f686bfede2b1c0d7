import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Legend } from '@/components/Legend';
import { defaultSettings } from '@/lib/settings/schema';

it('names the four categories, each in its colour', () => {
  render(<Legend colors={{ ...defaultSettings.colors, trade: '#000000' }} />);
  expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'CITES Appendix I',
    'CITES Appendix II',
    'CITES Appendix III',
    'Trade term, code word or unlisted',
  ]);
  expect(screen.getByTestId('swatch-app-i').style.background).toBe('rgb(255, 107, 107)');
  expect(screen.getByTestId('swatch-trade').style.background).toBe('rgb(0, 0, 0)');
});
