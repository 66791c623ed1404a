interface OptionsProps<V extends string> {
  values: readonly V[];
  label: (value: V) => string;
}

/** The `<option>`s of a select over an enum (orientations, profiles, channels), each with its readable name. */
export function Options<V extends string>({ values, label }: OptionsProps<V>) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}
