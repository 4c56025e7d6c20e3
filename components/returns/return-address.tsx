/** The warehouse returns go to (RETURN_ADDRESS), one line each. */
export function ReturnAddress({ lines, className = '' }: { lines: string[]; className?: string }) {
  return (
    <address className={`not-italic ${className}`}>
      {lines.map((line, i) => (
        <span key={i} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}
