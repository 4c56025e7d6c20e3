import { Icon } from '@/components/ui/icon';
import type { PromiseId } from '@/lib/site';

export function PromiseIcon({ id, className = 'h-6 w-6' }: { id: PromiseId; className?: string }) {
  return <Icon name={id} className={className} />;
}
