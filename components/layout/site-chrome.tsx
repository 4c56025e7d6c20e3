import type { ReactNode } from 'react';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

// One element object for every copy of the chrome in a render. Each page carries its 404 and 403 boundaries
// (app/not-found.tsx, app/forbidden.tsx) in its RSC payload, each with the header and footer; React's Flight
// serialiser writes an element object once and refers to it afterwards, so the copies cost a reference each.
const header = <SiteHeader />;
const footer = <SiteFooter />;

/** Header, main landmark and footer shared by every public page. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      {header}
      <main id="main" tabIndex={-1} className="focus:outline-none">
        {children}
      </main>
      {footer}
    </>
  );
}
