import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id';

/**
 * The id of the request being served, read synchronously (pino's mixin cannot await `headers()`) from Next's own
 * per-request store: it is there in route handlers, server components and server actions, and absent while a
 * cached page is prerendered or revalidated, so logging never makes a page dynamic and costs a cached page nothing.
 * proxy.ts puts the id in the request headers; a request the proxy does not match gets one here, once.
 * Outside Next (tests, `npm run worker`) there is no store and no id.
 */
const generated = new WeakMap<object, string>();

export function currentRequestId(): string | undefined {
  const store = workUnitAsyncStorage.getStore();
  if (store?.type !== 'request') return undefined;
  const fromProxy = store.headers.get(REQUEST_ID_HEADER);
  if (fromProxy) return fromProxy;
  let id = generated.get(store);
  if (!id) generated.set(store, (id = requestIdFor(null)));
  return id;
}
