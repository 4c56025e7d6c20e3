/** The note every health article carries: not advice, and when to see a doctor. */
export function MedicalNotice() {
  return (
    <aside aria-labelledby="red-flags" className="mt-12 rounded-2xl border-2 border-accent bg-accent-light p-6">
      <h2 id="red-flags" className="text-xl font-bold">
        When to call a doctor, not reach for a tool
      </h2>
      <p className="mt-2">Contact a physician promptly if back pain comes with any of these:</p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li>changes in bowel or bladder function</li>
        <li>numbness or tingling in the groin</li>
        <li>pain that keeps you awake all night</li>
        <li>weight loss or gain you can&apos;t explain</li>
      </ul>
      <p className="mt-4 text-sm text-ink-soft">
        This article shares experience and general information. It is not medical advice, and QL Claw is a massage tool, not a medical
        device. If your back pain keeps coming back, have it assessed by a back-pain professional.
      </p>
    </aside>
  );
}
