import { createSigningKey } from '@/lib/signing/keys';
import { signDocument, verifyDocument } from '@/lib/signing/sign';

/*
 * Bundled by tests/firefox/signing.test.ts and run in Firefox ESR: Spoor's
 * own key and signature code in Firefox's WebCrypto, the private key stored
 * in IndexedDB and read back as Spoor keeps it, and documents signed in Node
 * verified here. Posts what it found to /report.
 */

/** Stores the key in IndexedDB and reads it back: a CryptoKey must survive structured cloning. */
async function storedAndReadBack(key: CryptoKey): Promise<CryptoKey> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open('signing-test', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('keys');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const run = <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) =>
    new Promise<T>((done, fail) => {
      const request = act(db.transaction('keys', mode).objectStore('keys'));
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
  await run('readwrite', (store) => store.put(key, 'own'));
  return run('readonly', (store) => store.get('own') as IDBRequest<CryptoKey>);
}

async function main(): Promise<void> {
  const report: Record<string, unknown> = {};
  try {
    const key = await createSigningKey('ff.researcher', new Date());
    const readBack = await storedAndReadBack(key.privateKey);
    report.extractable = readBack.extractable;
    report.exported = await crypto.subtle.exportKey('pkcs8', readBack).then(
      () => true,
      () => false,
    );
    const signed = await signDocument({ format: 'spoor-batch', hello: 'Elfenbein' }, { ...key, privateKey: readBack });
    report.ownSignature = (await verifyDocument(signed)).status;
    report.tampered = (await verifyDocument({ ...signed, hello: 'Resin' })).status;
    const fromNode = await (await fetch('/node-signed.json')).json();
    report.nodeSignature = await verifyDocument(fromNode);
    report.nodeTampered = (await verifyDocument({ ...fromNode, hello: 'x' })).status;
    report.signed = signed;
  } catch (error) {
    report.error = String(error);
  }
  await fetch('/report', { method: 'POST', body: JSON.stringify(report) });
}

void main();
