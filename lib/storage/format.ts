/** How upload rules read to people, and the `accept` attribute that matches them. */
export { acceptOf, describeKinds, formatBytes } from './sniff';
