import Link from 'next/link';
import { JsonLdScript } from '@/components/seo/json-ld-script';
import { breadcrumbJsonLd, type BreadcrumbItem } from '@/lib/seo/format';
import { absoluteUrl } from '@/lib/urls';

/** The trail above a page's title, and the same trail as BreadcrumbList data. The last item is the current page. */
export function Breadcrumbs({ items }: { items: BreadcrumbItem[] }) {
  return (
    <>
      <JsonLdScript data={breadcrumbJsonLd(items, absoluteUrl)} />
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-ink-soft">
          {items.map((item, index) => {
            const last = index === items.length - 1;
            return (
              <li key={item.path} className="flex items-center gap-2">
                {last ? (
                  <span aria-current="page">{item.name}</span>
                ) : (
                  <>
                    <Link href={item.path} prefetch={false} className="font-medium">
                      {item.name}
                    </Link>
                    <span aria-hidden="true">/</span>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
    </>
  );
}
