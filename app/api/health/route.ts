import { healthResponse } from '@/lib/health/response';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return healthResponse();
}
