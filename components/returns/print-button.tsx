'use client';

import { useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';

const subscribe = () => () => {};

/** A print button once JavaScript runs; before that, the browser's own Print command. */
export function PrintButton() {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!hydrated) return <p className="print:hidden">Use your browser’s Print command to print this slip.</p>;
  return (
    <Button type="button" onClick={() => window.print()} className="print:hidden">
      Print this slip
    </Button>
  );
}
