import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSigningKey } from '@/lib/signing/keys';
import { signDocument, verifyDocument } from '@/lib/signing/sign';
import { startServer, type Route, type TestServer } from '../e2e/support/server';
import { requireFirefoxBuild } from './support/build';
import { bundleForPage } from './support/bundle';
import { startFirefox, type RunningFirefox } from './support/firefox';

/*
 * Signed batches in Firefox ESR: Ed25519 through WebCrypto with Spoor's own
 * code, the private key non-extractable and kept in IndexedDB, and signatures
 * that verify across Node (where the unit tests sign) and Firefox both ways.
 */

let server: TestServer;
let firefox: RunningFirefox | undefined;
let report: Record<string, any>;

beforeAll(async () => {
  const extensionDir = requireFirefoxBuild();
  const script = await bundleForPage('tests/firefox/pages/signing-harness.ts');
  const nodeKey = await createSigningKey('node.researcher', new Date('2026-03-01T00:00:00.000Z'));
  const nodeSigned = JSON.stringify(await signDocument({ format: 'spoor-batch', hello: 'ivoire' }, nodeKey));
  let deliver!: (value: Record<string, unknown>) => void;
  const reported = new Promise<Record<string, unknown>>((done) => (deliver = done));
  const route: Route = async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/signing-harness.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else if (path === '/node-signed.json') res.writeHead(200, { 'content-type': 'application/json' }).end(nodeSigned);
    else if (req.method === 'POST' && path === '/report') {
      let body = '';
      for await (const chunk of req) body += chunk;
      res.writeHead(204).end();
      deliver(JSON.parse(body));
    } else return false;
    return true;
  };
  server = await startServer(['tests/firefox/pages'], [route]);
  firefox = await startFirefox({ extensionDir, startUrl: server.url('/signing.html') });
  report = await reported;
});
afterAll(async () => {
  await firefox?.exit();
  await server?.close();
});

describe('Ed25519 signing in Firefox ESR', () => {
  it('ran without error', () => {
    expect(report.error).toBeUndefined();
  });

  it('keeps the private key non-extractable, through IndexedDB', () => {
    expect([report.extractable, report.exported]).toEqual([false, false]);
  });

  it('signs documents that verify in Firefox and refuse a change', () => {
    expect([report.ownSignature, report.tampered]).toEqual(['valid', 'invalid']);
  });

  it('verifies what Node signed, and Node verifies what Firefox signed', async () => {
    expect(report.nodeSignature).toMatchObject({ status: 'valid', signedBy: { researcher: 'node.researcher' } });
    expect(report.nodeTampered).toBe('invalid');
    expect(await verifyDocument(report.signed)).toMatchObject({
      status: 'valid',
      signedBy: { researcher: 'ff.researcher' },
    });
  });
});
