import { z } from 'zod';

// Runs in the browser before the app. Zod probes for eval with `new Function` to compile fast parsers; the dynamic
// pages' Content-Security-Policy forbids eval, and the browser reports the caught probe as a violation. Parse without it.
z.config({ jitless: true });
