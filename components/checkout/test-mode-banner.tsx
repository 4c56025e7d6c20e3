/** Shown on every checkout screen while the store runs the built-in test payment provider. */
export function TestModeBanner() {
  return (
    <p role="note" className="bg-accent px-4 py-2 text-center font-bold tracking-wide text-white">
      TEST MODE: no real payment is taken. Use card 4242 4242 4242 4242.
    </p>
  );
}
