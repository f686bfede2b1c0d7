// The Debian word lists both generators read (generate.mjs, near-names.ts), one per language: a plain list in
// /usr/share/dict, or (Russian, which Debian ships only as spelling dictionaries) aspell's dictionary with its
// affixes expanded into whole words.
//   apt-get install wbritish wfrench wngerman wdutch wspanish witalian wpolish aspell aspell-ru
import { execFileSync, execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Language: the package and, for a plain list, its file in /usr/share/dict. */
export const LISTS = {
  en: { pkg: 'wbritish', file: 'british-english' },
  fr: { pkg: 'wfrench', file: 'french' },
  de: { pkg: 'wngerman', file: 'ngerman' },
  nl: { pkg: 'wdutch', file: 'dutch' },
  es: { pkg: 'wspanish', file: 'spanish' },
  it: { pkg: 'witalian', file: 'italian' },
  pl: { pkg: 'wpolish', file: 'polish' },
  ru: { pkg: 'aspell-ru', expand: 'aspell -d ru dump master | aspell -l ru expand' },
};

/** The list's entries, one word each (an expanded aspell entry gives a stem's forms, space-separated). */
export function listEntries(lang) {
  const { file, expand } = LISTS[lang];
  const text = expand
    ? execSync(expand, { encoding: 'utf8', maxBuffer: 1 << 30 }).replace(/ /g, '\n')
    : readFileSync(join('/usr/share/dict', file), 'utf8');
  return text.split('\n');
}

/** "package version", for the generated file's header. */
export function listVersion(lang) {
  const { pkg } = LISTS[lang];
  return `${pkg} ${execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' })}`;
}
