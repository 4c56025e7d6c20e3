import { vi } from 'vitest';

/**
 * A stand-in for 'next/cache', which needs a Next request to run. Mock it with
 *
 *   vi.mock('next/cache', () => import('../support/next-cache'));
 *
 * and import these spies (`import * as cache from '../support/next-cache'`) to see what was refreshed.
 */
export const revalidatePath = vi.fn();
export const revalidateTag = vi.fn();
