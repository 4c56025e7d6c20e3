/** Logs, traces, metrics and error reporting (issue 14). */
export const observabilityFields = {};
