/** Structured data as components render it: builders and the serialiser that escapes it for a script tag. */
export { breadcrumbJsonLd, serializeJsonLd, type BreadcrumbItem, type JsonLd } from './json-ld';
