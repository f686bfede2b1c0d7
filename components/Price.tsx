import { inEuro } from '@/lib/currency/euro';
import { ECB_RATES } from '@/lib/currency/ecb-rates';
import { formatDay, formatPrice } from '@/lib/flags/format';
import { useT } from './i18n';

const euroFormats = new Map<string, Intl.NumberFormat>();
function roundEuros(amount: number, locale: string): string {
  let format = euroFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    euroFormats.set(locale, format);
  }
  return format.format(amount);
}

/**
 * A price as the ad gave it, with its value in euros beside it ("≈ €282")
 * through the bundled ECB reference rates, so prices in different currencies
 * can be compared; nothing beside it where no rate exists.
 */
export function Price({ price }: { price?: { amount: number; currency: string } }) {
  const t = useT();
  if (!price) return <>—</>;
  const locale = t('uiLocale');
  const euros = price.currency === 'EUR' ? undefined : inEuro(price);
  return (
    <span className="price">
      {formatPrice(price, locale)}
      {euros !== undefined && (
        <span className="price__euro" title={t('priceEuroTitle', formatDay(`${ECB_RATES.date}T12:00:00.000Z`, locale))}>
          {' '}
          {t('priceAboutEuro', roundEuros(euros, locale))}
        </span>
      )}
    </span>
  );
}
