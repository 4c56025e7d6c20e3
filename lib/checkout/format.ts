/** Checkout's formatters, safe for components to import. */
export { countryName } from './shipping';
