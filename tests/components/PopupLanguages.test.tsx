import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { DetectedTaxaList } from '@/components/DetectedTaxa';
import { FlagPanel } from '@/components/FlagPanel';
import { I18nProvider } from '@/components/i18n';
import { translateFrom } from '@/lib/i18n/english';
import { Legend } from '@/components/Legend';
import { PauseControls } from '@/components/PauseControls';
import { defaultSettings } from '@/lib/settings/schema';
import german from '@/public/_locales/de/messages.json';
import french from '@/public/_locales/fr/messages.json';
import { depsWith, freshDb } from '../unit/flags/support';
import { backgroundFor } from './FlagTestBackground';
import { render } from './render';
import { statusWithText } from './status-text';
import { ivoryEntry } from '../support/report-entries';

const ivory = ivoryEntry({ appendix: 'nc', euAnnex: 'none', count: 1200, matched: ['Elfenbein'], langs: ['de'] });

/** The popup's components as the popup lays them out, in one language, flagging through the real handlers. */
async function renderPopup(table: Record<string, { message: string }>) {
  const { deps } = await depsWith({}, await freshDb());
  render(
    <I18nProvider t={translateFrom(table)}>
      <DetectedTaxaList entries={[ivory]} />
      <FlagPanel
        tabId={7}
        send={backgroundFor(deps).send}
        storage={{ persisted: async () => true, persist: async () => true }}
      />
      <PauseControls host="www.ebay.de" settings={defaultSettings} onChange={() => undefined} />
      <Legend />
    </I18nProvider>,
  );
}

it.each([
  {
    table: french,
    flagButton: 'Signaler cette annonce',
    // Intl groups thousands with a narrow no-break space in French.
    row: 'non inscritIvoire · terme commercial1\u202f200 foisElfenbein',
    pause: 'Suspendre sur ebay.de',
    legend: 'Annexe I de la CITES',
    saved: /^Enregistré : Signalé le 12 mars 2026 par anna\.k\./,
    price: 'Prix',
    euros: '450,00\u00a0€',
  },
  {
    table: german,
    flagButton: 'Diese Anzeige melden',
    row: 'nicht gelistetElfenbein · Handelsbegriff1.200-malElfenbein',
    pause: 'Auf ebay.de pausieren',
    legend: 'CITES-Anhang I',
    saved: /^Gespeichert: Gemeldet am 12\. März 2026 von anna\.k\./,
    price: 'Preis',
    euros: '450,00\u00a0€',
  },
])(
  'speaks $flagButton’s language throughout the popup',
  async ({ table, flagButton, row, pause, legend, saved, price, euros }) => {
    await renderPopup(table);
    expect(screen.getAllByRole('listitem')[0]!.textContent).toBe(row);
    expect(screen.getByRole('checkbox', { name: pause })).toBeTruthy();
    expect(screen.getByText(legend)).toBeTruthy();

    await userEvent.click(await screen.findByRole('button', { name: flagButton }));
    expect((await statusWithText(screen)).textContent).toMatch(saved);
    // What the flag captured, labelled in the language; the price written its way.
    const fields = [...document.querySelectorAll('.captured dt')].map((term) => [
      term.textContent,
      term.nextElementSibling!.textContent,
    ]);
    expect(fields[0]).toEqual([price, euros]);
  },
);
