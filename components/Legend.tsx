import { CATEGORY_UNDERLINES } from '@/lib/highlight/styles';
import type { Category } from '@/lib/matching/types';
import { useT } from './i18n';
import type { MessageKey } from '@/lib/i18n/translate';
import './popup/popup.css';

export const CATEGORY_LABELS: Record<Category, MessageKey> = {
  'app-i': 'popupLegendAppendixI',
  'app-ii': 'popupLegendAppendixII',
  'app-iii': 'popupLegendAppendixIII',
  trade: 'popupLegendTrade',
};

/**
 * What the four highlight colours mean, each swatch a sample mark: the researcher's colour (the page's --cat-*
 * properties) and the category's underline, which tells the categories apart without colour.
 */
export function Legend() {
  const t = useT();
  return (
    <ul aria-label={t('popupLegendLabel')} className="legend">
      {(Object.keys(CATEGORY_LABELS) as Category[]).map((category) => (
        <li key={category}>
          <span
            data-testid={`swatch-${category}`}
            className="swatch"
            aria-hidden="true"
            style={{ background: `var(--cat-${category})`, textDecorationStyle: CATEGORY_UNDERLINES[category] }}
          />
          {t(CATEGORY_LABELS[category])}
        </li>
      ))}
    </ul>
  );
}
