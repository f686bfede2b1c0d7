import { PARROT, type HostilePage } from './page';

/** Pages that keep changing themselves, forever, until the test calls `window.stopPage()`. */

/** What a living page tells the test about itself. */
export interface LivingState {
  /** DOM changes the page made since load (one per timer task). */
  changes: number;
}

export const STATIC_PARAGRAPHS = 500;

/**
 * A listing page whose "time left" line changes text every 16 ms (an
 * animation-frame rate), next to 500 listings that never change.
 */
export const mutatingPage: HostilePage = {
  name: 'mutating-every-16ms',
  title: 'text mutating every 16 ms',
  body: () => `<p id="clock">Noch 0 ms: ${PARROT}</p><div id="static"></div>`,
  script: `const hostile = window.__hostile;
const items = [];
for (let i = 0; i < ${STATIC_PARAGRAPHS}; i++) items.push('<p>Angebot ' + i + ': ${PARROT}, handzahm</p>');
document.getElementById('static').innerHTML = items.join('');
const clock = document.getElementById('clock');
const words = ['${PARROT}', 'Fahrrad'];
window.living = { changes: 0 };
const timer = setInterval(() => {
  const n = ++window.living.changes;
  hostile.own(() => { clock.textContent = 'Noch ' + n * 16 + ' ms: ' + words[n % 2]; });
}, 16);
window.stopPage = () => clearInterval(timer);`,
  expected: { 'app-i': STATIC_PARAGRAPHS + 1 },
};

/** A single-page app that swaps in a new `document.body` every 100 ms, with one to four listings. */
export const bodySwapPage: HostilePage = {
  name: 'body-replaced',
  title: 'document.body replaced every 100 ms',
  body: () => `<p>Startseite: ${PARROT}</p>`,
  script: `const hostile = window.__hostile;
window.living = { changes: 0 };
const timer = setInterval(() => {
  const n = ++window.living.changes;
  const body = document.createElement('body');
  const listings = n % 4 + 1;
  for (let i = 0; i < listings; i++) {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Seite ' + n + ', Angebot ' + i + ': ${PARROT}';
    body.append(paragraph);
  }
  hostile.own(() => { document.body = body; });
}, 100);
window.stopPage = () => clearInterval(timer);`,
  expected: { 'app-i': 1 },
};
