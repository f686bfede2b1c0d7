import { useT } from '@/components/i18n';
import { type MessageKey } from '@/lib/i18n/translate';
import { useSettings, type WatchableKeyValueArea } from '@/components/useSettings';
import type { Category } from '@/lib/matching/types';
import { DEFAULT_COLORS } from '@/lib/settings/schema';
import { updateSettings } from '@/lib/settings/store';

const CATEGORY_LABELS: Record<Category, MessageKey> = {
  'app-i': 'popupLegendAppendixI',
  'app-ii': 'popupLegendAppendixII',
  'app-iii': 'popupLegendAppendixIII',
  trade: 'popupLegendTrade',
};

/** A colour input takes only "#rrggbb"; another stored CSS colour shows as the default until changed. */
const asHex = (color: string, fallback: string) => (/^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : fallback);

/** The highlight colour of each category; open pages repaint as soon as it is stored. */
export function HighlightColors({ area }: { area: WatchableKeyValueArea }) {
  const t = useT();
  const { colors } = useSettings(area);
  const categories = Object.keys(CATEGORY_LABELS) as Category[];
  const isDefault = categories.every((category) => colors[category] === DEFAULT_COLORS[category]);
  const change = (category: Category, color: string) =>
    void updateSettings(area, { colors: { ...colors, [category]: color } });

  return (
    <section aria-labelledby="highlight-colors-title">
      <h2 id="highlight-colors-title">{t('settingsColorsHeading')}</h2>
      {categories.map((category) => (
        <p key={category}>
          <label>
            <input
              type="color"
              value={asHex(colors[category], DEFAULT_COLORS[category])}
              onChange={(event) => change(category, event.target.value)}
            />{' '}
            {t(CATEGORY_LABELS[category])}
          </label>{' '}
          <mark style={{ background: colors[category], color: 'inherit' }}>{t('settingsColorsSample')}</mark>
        </p>
      ))}
      <button
        type="button"
        disabled={isDefault}
        onClick={() => void updateSettings(area, { colors: { ...DEFAULT_COLORS } })}
      >
        {t('settingsColorsReset')}
      </button>
    </section>
  );
}
