import type { ActionResult } from '@/lib/action-result';

/**
 * Next's `redirect` throws to end an action; outside Next a recognisable error stands in for it:
 *
 *   vi.mock('next/navigation', async (original) => (await import('../support/next-navigation')).withThrowingRedirect(original));
 */
export async function withThrowingRedirect(importOriginal: () => Promise<unknown>): Promise<object> {
  return {
    ...((await importOriginal()) as object),
    redirect: (url: string) => {
      throw new Error(`NEXT_REDIRECT ${url}`);
    },
  };
}

/** Runs an action; a redirect comes back as its destination. */
export async function run(
  action: (previous: ActionResult, data: FormData) => Promise<ActionResult>,
  data: FormData,
): Promise<{ redirect?: string; result?: ActionResult }> {
  try {
    return { result: await action({ ok: true }, data) };
  } catch (error) {
    const match = /^NEXT_REDIRECT (.+)$/.exec((error as Error).message);
    if (match) return { redirect: match[1] };
    throw error;
  }
}
