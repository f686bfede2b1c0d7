#!/usr/bin/env node
// Adds UI messages to every locale at once, keeping the files sorted:
//   node scripts/i18n-add.mjs new-messages.json
// where new-messages.json is { "key": { "en": "…", "fr": "…", "de": "…", …one text per folder of
// public/_locales, "description"?: "…", "placeholders"?: { "name": { "content": "$1" } } } }.
// Existing keys are replaced. The English description goes into every locale: it is the note a
// translator reads beside the message. docs/TRANSLATION.md explains how to add a language.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const LOCALES_DIR = resolve(import.meta.dirname, '../public/_locales');
const LANGS = readdirSync(LOCALES_DIR).sort();
const additions = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [key, entry] of Object.entries(additions)) {
  for (const lang of LANGS) if (typeof entry[lang] !== 'string') throw new Error(`${key}: missing "${lang}"`);
}
for (const lang of LANGS) {
  const path = resolve(LOCALES_DIR, lang, 'messages.json');
  const table = JSON.parse(readFileSync(path, 'utf8'));
  for (const [key, { description, placeholders, ...texts }] of Object.entries(additions)) {
    table[key] = {
      message: texts[lang],
      ...(description ? { description } : {}),
      ...(placeholders ? { placeholders } : {}),
    };
  }
  const sorted = Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
}
console.log(`added ${Object.keys(additions).length} messages to ${LANGS.join(', ')}`);
