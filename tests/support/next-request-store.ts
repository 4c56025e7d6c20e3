import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Next's server sets globalThis.AsyncLocalStorage before it loads its per-request stores; without it they are inert
 * stand-ins. Import this first in a test that runs code inside such a store (tests/unit/request-id.test.ts).
 */
(globalThis as { AsyncLocalStorage?: typeof AsyncLocalStorage }).AsyncLocalStorage ??= AsyncLocalStorage;
