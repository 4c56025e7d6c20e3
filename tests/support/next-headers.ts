/**
 * A stand-in for 'next/headers': the request comes from `request.ip`, which a test may change.
 *
 *   vi.mock('next/headers', () => import('../support/next-headers'));
 */
export const request = { ip: '198.51.100.7' };

export async function headers(): Promise<Headers> {
  return new Headers({ 'x-forwarded-for': request.ip });
}
