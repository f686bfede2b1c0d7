import { describe, expect, it } from 'vitest';
import {
  DETECTOR_GLOBAL,
  claimDetector,
  injectedModule,
  onDemand,
  onDemandFile,
  onDemandGlobal,
} from '@/lib/detect/on-demand';

/** A load the test settles by hand, counting how often it was started. */
function manualLoad<T>() {
  const calls: { resolve(value: T): void; reject(error: Error): void }[] = [];
  const load = () => new Promise<T>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

const settled = () => new Promise((resolve) => setTimeout(resolve));

describe('onDemand', () => {
  it('loads once however often it is asked, and calls back when the module is here', async () => {
    const { load, calls } = manualLoad<string>();
    const arrived: string[] = [];
    const module = onDemand(load, { arrived: (value) => arrived.push(value) });
    expect(module.pending).toBe(false);
    module.request();
    module.request();
    expect(module.pending).toBe(true);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve('stage');
    await settled();
    expect(module.value).toBe('stage');
    expect(module.pending).toBe(false);
    expect(arrived).toEqual(['stage']);
    module.request();
    expect(calls).toHaveLength(1);
  });

  it('says a load failed, and tries again on the next request', async () => {
    const { load, calls } = manualLoad<string>();
    let failures = 0;
    const module = onDemand(load, { failed: () => failures++ });
    module.request();
    calls[0]!.reject(new Error('the frame went away'));
    await settled();
    expect(failures).toBe(1);
    expect(module.pending).toBe(false);
    expect(module.value).toBeUndefined();
    module.request();
    calls[1]!.resolve('stage');
    await settled();
    expect(module.value).toBe('stage');
  });
});

describe('injectedModule', () => {
  it('asks for the module, then takes what its file left under its global', async () => {
    const scope: Record<string, unknown> = {};
    const asked: string[] = [];
    const value = await injectedModule<string>(
      'full-scan',
      async (name) => {
        asked.push(name);
        scope[onDemandGlobal(name)] = 'second stage';
      },
      scope,
    );
    expect(value).toBe('second stage');
    expect(asked).toEqual(['full-scan']);
    expect(onDemandFile('full-scan')).toBe('/full-scan.js');
  });

  it('takes a module injected with the detector without asking for it again', async () => {
    const scope: Record<string, unknown> = { [onDemandGlobal('page-detect')]: 'scanner' };
    const asked: string[] = [];
    const value = await injectedModule<string>('page-detect', async (name) => void asked.push(name), scope);
    expect(value).toBe('scanner');
    expect(asked).toEqual([]);
  });

  it('rejects when the file left nothing', async () => {
    await expect(injectedModule('hover-card', async () => {}, {})).rejects.toThrow('hover-card was not injected');
  });
});

describe("the detector's claim on its isolated world", () => {
  it('is granted once per world: a second injection into the same document stops at once', () => {
    const world = {};
    expect(claimDetector(world)).toBe(true);
    expect(claimDetector(world)).toBe(false);
    expect(claimDetector(world)).toBe(false);
    expect(world).toEqual({ [DETECTOR_GLOBAL]: true });
    // Another document's world (another frame, or the frame after a navigation) starts unclaimed.
    expect(claimDetector({})).toBe(true);
  });
});
