import { useT } from '@/components/i18n';
import './popup.css';

/** Spoor's mark (a paw print: the trail researchers follow) and name. */
export function Brand() {
  const t = useT();
  return (
    <span className="brand">
      <svg className="brand__mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <g fill="currentColor">
          <ellipse cx="12" cy="16" rx="5" ry="4.2" />
          <ellipse cx="5.5" cy="10" rx="2.1" ry="2.7" />
          <ellipse cx="9.5" cy="6" rx="2.1" ry="2.8" />
          <ellipse cx="14.5" cy="6" rx="2.1" ry="2.8" />
          <ellipse cx="18.5" cy="10" rx="2.1" ry="2.7" />
        </g>
      </svg>
      {t('appName')}
    </span>
  );
}
