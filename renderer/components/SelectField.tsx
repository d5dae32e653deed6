/** A labelled drop-down of choices with one "any" entry (the empty value) first. */
export function SelectField({
  label,
  value,
  anyLabel,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  /** What the empty value is called: "All sources", "Any". */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <label className="field">
      {label}
      <select
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
