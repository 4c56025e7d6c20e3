import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/layout/site-chrome';

export default function ContentLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
