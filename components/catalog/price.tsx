import { formatMoney, type Money } from '@/lib/money';

export function Price({ money, className }: { money: Money; className?: string }) {
  return (
    <span className={className} data-testid="price">
      {formatMoney(money)}
    </span>
  );
}
