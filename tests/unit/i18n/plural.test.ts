import { describe, expect, it } from 'vitest';
import { plural } from '@/components/i18n';
import english from '@/public/_locales/en/messages.json';
import type { MessageKey } from '@/lib/i18n/translate';
import { englishT, translateFrom } from '@/lib/i18n/english';
import { browserT } from '@/lib/i18n/translators';
import type { MessageTable } from '@/lib/i18n/messages';
import { baseOfPluralKey, pluralCategory } from '@/lib/i18n/plural';

const englishTable: MessageTable = english;

const message = (text: string): MessageTable[string] => ({
  message: text,
  placeholders: { count: { content: '$1' } },
});

/** A Polish table the way a translator writes one: the general form and a form per CLDR category. */
const polish: MessageTable = {
  uiLocale: { message: 'pl' },
  dashDeleteConfirm: message('Usuń zgłoszenia ($COUNT$)'),
  dashDeleteConfirm_one: message('Usuń $COUNT$ zgłoszenie'),
  dashDeleteConfirm_few: message('Usuń $COUNT$ zgłoszenia'),
  dashDeleteConfirm_many: message('Usuń $COUNT$ zgłoszeń'),
  // No plural forms here: the language's own general form is used, never English.
  dashMarkedReviewed: message('Oznaczono jako sprawdzone: $COUNT$'),
};
const russian: MessageTable = {
  uiLocale: { message: 'ru' },
  dashDeleteConfirm_one: message('Удалить $COUNT$ отметку'),
  dashDeleteConfirm_few: message('Удалить $COUNT$ отметки'),
  dashDeleteConfirm_many: message('Удалить $COUNT$ отметок'),
};

describe('plural messages through Intl.PluralRules', () => {
  it.each([
    [1, 'Usuń 1 zgłoszenie'],
    [2, 'Usuń 2 zgłoszenia'],
    [4, 'Usuń 4 zgłoszenia'],
    [5, 'Usuń 5 zgłoszeń'],
    [12, 'Usuń 12 zgłoszeń'],
    [22, 'Usuń 22 zgłoszenia'],
    [25, 'Usuń 25 zgłoszeń'],
    [1000, 'Usuń 1000 zgłoszeń'],
  ])('Polish has one, few and many: %i', (count, text) => {
    expect(plural(translateFrom(polish), 'dashDeleteConfirm', count)).toBe(text);
  });

  it.each([
    [1, 'Удалить 1 отметку'],
    [3, 'Удалить 3 отметки'],
    [11, 'Удалить 11 отметок'],
    [21, 'Удалить 21 отметку'],
    [24, 'Удалить 24 отметки'],
  ])('Russian too: %i', (count, text) => {
    expect(plural(translateFrom(russian), 'dashDeleteConfirm', count)).toBe(text);
  });

  it('English has one and other, and writes the count its way', () => {
    expect(plural(englishT, 'dashDeleteConfirm', 1)).toBe('Delete 1 flag');
    expect(plural(englishT, 'dashDeleteConfirm', 1200)).toBe('Delete 1,200 flags');
  });

  it('falls back to the language’s general form, then to English', () => {
    expect(plural(translateFrom(polish), 'dashMarkedReviewed', 3)).toBe('Oznaczono jako sprawdzone: 3');
    expect(plural(translateFrom(polish), 'dashDeleted', 1)).toBe('1 flag deleted; the audit log keeps its record.');
  });

  it('does the same through the browser’s i18n (a missing message is an empty string there)', () => {
    // The browser looks a message up in the UI language, then in the default locale (English).
    const t = browserT((key, substitutions) => {
      const entry = polish[key] ?? englishTable[key];
      return entry ? entry.message.replace('$COUNT$', String([substitutions].flat()[0])) : '';
    });
    expect(plural(t, 'dashDeleteConfirm', 5)).toBe('Usuń 5 zgłoszeń');
    expect(plural(t, 'dashMarkedReviewed', 5)).toBe('Oznaczono jako sprawdzone: 5');
    expect(t('dashDismiss' as MessageKey)).toBe('Dismiss');
    expect(t('noSuchMessage' as MessageKey)).toBe('noSuchMessage');
  });

  it('knows the categories of all eight UI languages', () => {
    expect(['en', 'fr', 'de', 'nl', 'es', 'it', 'pl', 'ru'].map((lang) => pluralCategory(lang, 2))).toEqual([
      'other',
      'other',
      'other',
      'other',
      'other',
      'other',
      'few',
      'few',
    ]);
    expect(pluralCategory('not a locale!', 1)).toBe('one');
  });

  it('recognises plural keys', () => {
    expect(baseOfPluralKey('dashDeleteConfirm_many')).toBe('dashDeleteConfirm');
    expect(baseOfPluralKey('tradeTerm_ivory')).toBeUndefined();
  });
});
