interface OptionsProps<V extends string | number> {
  values: readonly V[];
  label: (value: V) => string;
}

/** The `<option>`s of a select over an enum (orientations, profiles, channels) or numbers (school years), each with its readable name. */
export function Options<V extends string | number>({ values, label }: OptionsProps<V>) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}

/** The `<option>`s of a select over stored things (screens, staff), each under its name. */
export function NamedOptions({ items }: { items: readonly { id: string; name: string }[] }) {
  return items.map((item) => (
    <option key={item.id} value={item.id}>
      {item.name}
    </option>
  ));
}
