import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/layout/site-chrome';

export default function AccountLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
