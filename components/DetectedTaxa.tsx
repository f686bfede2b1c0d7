import { useEffect, useState } from 'react';
import type { DetectionsSource } from '@/lib/browser/detections-source';
import { inAttributes, inHidden, onPage, unpaintedCount } from '@/lib/detect/aggregate';
import type { ReportEntry } from '@/lib/detect/report';
import { appendixCategory, appendixTag, entryLabel } from './dictionary-labels';
import { plural, useT } from './i18n';
import { Verdict } from './popup/Verdict';
import { formatNumber } from '@/lib/i18n/numbers';
import { Tag } from './ui/Tag';
import { wordsLang } from './words-lang';
import './DetectedTaxa.css';

const KIND_LABELS = { trade: 'detectKindTrade', code: 'detectKindCode' } as const;
/**
 * Rows shown before "Show all" (fewer once a flag's summary needs the room): the popup stays within Chrome's 600 px.
 */
const SHOWN = { full: 4, compact: 1 };

/**
 * What was found, each entry once: taxa first, then trade terms and code
 * words, each in the order given (the background sorts by Appendix, then count).
 */
export function DetectedTaxaList({ entries, compact = false }: { entries: readonly ReportEntry[]; compact?: boolean }) {
  const t = useT();
  const [all, setAll] = useState(false);
  if (entries.length === 0) return null;
  const ordered = [...entries.filter((e) => e.kind === 'taxon'), ...entries.filter((e) => e.kind !== 'taxon')];
  const limit = compact ? SHOWN.compact : SHOWN.full;
  const shown = all ? ordered : ordered.slice(0, limit);
  return (
    <div className="taxa">
      <ul className="taxa__list" aria-label={t('detectTableLabel')}>
        {shown.map((entry) => (
          <li key={entry.entryId} className="taxa__row">
            <Tag category={entry.kind === 'taxon' ? appendixCategory(entry.appendix) : 'trade'}>
              {appendixTag(entry.appendix, t)}
            </Tag>
            <span className="taxa__name">
              <span className={entry.kind === 'taxon' ? 'taxa__scientific' : undefined}>{entryLabel(entry, t)}</span>
              {entry.kind !== 'taxon' && <span className="taxa__kind"> · {t(KIND_LABELS[entry.kind])}</span>}
            </span>
            <span className="taxa__count">{plural(t, 'detectTimes', entry.count)}</span>
            <span className="taxa__words">
              <span lang={wordsLang(entry.langs, t('uiLocale'))}>{entry.matched.join(', ')}</span>
              {entry.euAnnex !== 'none' && ` · ${t('detectEuAnnex', entry.euAnnex)}`}
            </span>
          </li>
        ))}
      </ul>
      {entries.length > limit && (
        <button type="button" className="taxa__more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('detectShowFewer') : t('detectShowAll', formatNumber(entries.length, t('uiLocale')))}
        </button>
      )}
    </div>
  );
}

/** One line naming what was found only in image descriptions, titles, ARIA labels and form values. */
/** Names found where no highlight shows them: `message` says where (attributes, or text the page hides). */
function AlsoIn({
  entries,
  message,
}: {
  entries: readonly ReportEntry[];
  message: 'detectAlsoInAttributes' | 'detectAlsoInHidden';
}) {
  const t = useT();
  if (entries.length === 0) return null;
  const names = [...new Set(entries.map((entry) => entryLabel(entry, t)))].join(', ');
  return <p className="taxa__attributes">{t(message, names)}</p>;
}

export interface DetectedTaxaProps {
  tabId: number;
  /** `sessionDetections` in an extension page. */
  source: DetectionsSource;
  /** Fewer rows, for when the popup also shows what a flag captured. */
  compact?: boolean;
  /** Paints the researcher's private terms on the tab; offered while some were found unpainted. */
  onShowPrivate?: () => void;
  /** The findings already read (the popup's opening): the first render shows them; the source's first load follows. */
  initial?: ReportEntry[];
}

/** The verdict and what Spoor found in a tab, refreshed whenever the tab reports again. */
export function DetectedTaxa({ tabId, source, compact, onShowPrivate, initial }: DetectedTaxaProps) {
  const t = useT();
  const [entries, setEntries] = useState<ReportEntry[] | undefined>(initial);
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    // Replies can come back out of order (a busy background): only the latest request's reply is shown, so an
    // answer read before the tab reported cannot overwrite one read after it.
    let latest = 0;
    const load = () => {
      const request = ++latest;
      const current = () => live && request === latest;
      void source.load(tabId).then(
        (next) => current() && setEntries(next),
        (failure: unknown) => current() && setError(failure instanceof Error ? failure.message : String(failure)),
      );
    };
    const stop = source.watch(tabId, load);
    load();
    return () => {
      live = false;
      stop();
    };
  }, [tabId, source]);
  if (error) return <p role="alert">{t('detectLoadFailed', error)}</p>;
  return (
    <section className="detected" aria-labelledby="verdict">
      {/* The verdict changes as the tab reports (looking, then what was found): a status a screen reader reads out. */}
      <div role="status">
        <Verdict id="verdict" entries={entries && onPage(entries)} />
      </div>
      {entries && <DetectedTaxaList entries={onPage(entries)} compact={compact} />}
      {entries && <AlsoIn entries={inAttributes(entries)} message="detectAlsoInAttributes" />}
      {entries && <AlsoIn entries={inHidden(entries)} message="detectAlsoInHidden" />}
      {entries && onShowPrivate && unpaintedCount(entries) > 0 && (
        <button type="button" className="taxa__more" onClick={onShowPrivate}>
          {t('detectShowPrivate')}
        </button>
      )}
    </section>
  );
}
