/** The outcome of a form submission, announced to screen readers. */
export function FormMessage({ result }: { result: { ok: boolean; message?: string } }) {
  if (!result.message) return null;
  return (
    <p
      role={result.ok ? 'status' : 'alert'}
      className={`rounded-lg px-4 py-3 font-medium ${result.ok ? 'bg-teal-light text-teal-dark' : 'bg-accent-light text-accent'}`}
    >
      {result.message}
    </p>
  );
}
