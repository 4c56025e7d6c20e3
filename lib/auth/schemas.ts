import { z } from 'zod';

/** Shared by the forms and the server actions that receive them. */
export const emailField = z
  .string({ error: 'Enter your e-mail address.' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter your e-mail address.')
  .max(254, 'That e-mail address is too long.')
  .pipe(z.email('Enter an e-mail address like name@example.com.'));

/** Only same-site paths: a sign-in link must never bounce to another site. */
export const callbackPath = z
  .string()
  .optional()
  .transform((value) => (value && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : '/account'));

export const signInSchema = z.object({ email: emailField, callbackUrl: callbackPath });

export const staffRoleSchema = z.enum(['ADMIN', 'SUPPORT'], { error: 'Choose a role: admin or support.' });
export const roleSchema = z.enum(['ADMIN', 'SUPPORT', 'CUSTOMER'], { error: 'Choose a role.' });

export const inviteStaffSchema = z.object({ email: emailField, role: staffRoleSchema });
export const changeRoleSchema = z.object({ userId: z.string().min(1, 'Missing user.'), role: roleSchema });
