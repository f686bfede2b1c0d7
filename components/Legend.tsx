import type { Category } from '@/lib/matching/types';
import type { Settings } from '@/lib/settings/schema';
import { useT } from '@/components/i18n';
import { type MessageKey } from '@/lib/i18n/translate';

const CATEGORY_LABELS: Record<Category, MessageKey> = {
  'app-i': 'popupLegendAppendixI',
  'app-ii': 'popupLegendAppendixII',
  'app-iii': 'popupLegendAppendixIII',
  trade: 'popupLegendTrade',
};

/** What the four highlight colours mean, in the researcher's colours. */
export function Legend({ colors }: { colors: Settings['colors'] }) {
  const t = useT();
  return (
    <ul
      aria-label={t('popupLegendLabel')}
      style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '4px 12px' }}
    >
      {(Object.keys(CATEGORY_LABELS) as Category[]).map((category) => (
        <li key={category} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
          <span
            data-testid={`swatch-${category}`}
            style={{ width: 12, height: 12, borderRadius: 2, background: colors[category] }}
          />
          {t(CATEGORY_LABELS[category])}
        </li>
      ))}
    </ul>
  );
}
