import { describedBy, FieldError, type FieldErrors } from './field';

/** A group of checkboxes sharing one name, with one error for the group (id `field-<name>-error`). */
export function CheckboxGroup({
  legend,
  name,
  options,
  checked,
  errors,
}: {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  errors?: FieldErrors;
}) {
  const id = `field-${name}`;
  return (
    <fieldset aria-describedby={describedBy(id, false, errors)} className="flex flex-col gap-2">
      <legend className="mb-1 font-semibold">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-3 rounded-lg border border-line bg-white px-3">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
              className="size-5 accent-teal"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={id} errors={errors} />
    </fieldset>
  );
}
