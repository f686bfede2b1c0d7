import { snapshotHtml } from '@/lib/flags/snapshot-html';
import { hostileMarkup, makeHostile } from '../../unit/flags/snapshot-hostile-dom';

/*
 * Bundled by tests/firefox/snapshot.test.ts and run in Firefox: builds the
 * hostile page in an inert document (nothing of it runs or loads here), makes
 * its snapshot with Spoor's own code, and opens it. Beside it opens a control:
 * the same page written out as it is, with nothing neutralised, which must
 * make requests, so the test proves it would have seen the snapshot's. Every
 * URL of the hostile page is /track/<which>/…, logged by the server.
 */
const TAG = '/track/TAG';

async function store(name: string, html: string): Promise<void> {
  await fetch(`/store/${name}`, { method: 'POST', body: html.replaceAll(TAG, `/track/${name}`) });
}

/** Opens a stored page in an iframe; resolves on its first load (a refresh would load it again). */
function open(name: string): Promise<void> {
  return new Promise((loaded) => {
    const frame = document.createElement('iframe');
    frame.addEventListener('load', () => loaded(), { once: true });
    frame.src = `/stored/${name}.html`;
    document.body.append(frame);
  });
}

async function requested(): Promise<string[]> {
  return (await fetch('/requests')).json();
}

async function main(): Promise<void> {
  const origin = `${location.origin}${TAG}`;
  const doc = makeHostile(new DOMParser().parseFromString(hostileMarkup(origin), 'text/html'), origin);
  await store('snap', snapshotHtml(doc));
  await store('ctrl', `<!DOCTYPE html>${doc.documentElement.outerHTML}`);
  await Promise.all([open('snap'), open('ctrl')]);
  // Until the control's script, image and refresh have reached the server: the snapshot had the same chance. The
  // control's own refresh navigates it away at once and, on a busy machine, can cancel its script or image before
  // they are requested: after a few seconds without all of them it is opened again, until each has been seen once.
  const control = ['/before-head', '/svg-script', '/img.png', '/refresh'];
  const controlComplete = async () => {
    const seen = (await requested()).filter((path) => path.startsWith('/track/ctrl/'));
    return control.every((name) => seen.some((path) => path.includes(name)));
  };
  for (let polls = 1; !(await controlComplete()); polls++) {
    await new Promise((resume) => setTimeout(resume, 200));
    if (polls % 25 === 0) void open('ctrl');
  }
  await fetch('/report', { method: 'POST', body: '{}' });
}

void main();
