import { metricsResponse } from '@/lib/observability/metrics-endpoint';

export const dynamic = 'force-dynamic';

/** Prometheus scrapes here with `Authorization: Bearer <METRICS_TOKEN>` (README, "Production"). */
export async function GET(request: Request): Promise<Response> {
  return metricsResponse(request);
}
