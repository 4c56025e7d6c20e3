-- Staff sessions last 8 hours from sign-in, and money or role actions need a recent sign-in (lib/auth/policy.ts).
-- Sessions that exist before this migration have no known sign-in time: they get the epoch, so a staff session
-- from before the deploy ends at once (staff sign in again) while customers, who are not held to it, stay signed in.
ALTER TABLE "Session" ADD COLUMN "signedInAt" TIMESTAMP(3) NOT NULL DEFAULT '1970-01-01 00:00:00';

-- New sessions are stamped when next-auth creates them, at the end of a magic-link sign-in.
ALTER TABLE "Session" ALTER COLUMN "signedInAt" SET DEFAULT CURRENT_TIMESTAMP;
