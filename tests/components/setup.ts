import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// The machine these tests run on is often busy (2 cores, several builds at once): waiting for the UI
// follows the work (an export signs and hashes, a restore compiles the dictionary), not the clock.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => cleanup());
