import type { ReactNode } from 'react';

/** One labelled value of an item, shown as a table column on wide screens and a card row on narrow ones. */
export interface CardField<T> {
  key: string;
  label: string;
  cell: (item: T) => ReactNode;
  className?: string;
}

/** An item's fields as a card's definition list (the narrow-screen form of a table row). */
export function CardFields<T>({ fields, item }: { fields: CardField<T>[]; item: T }) {
  return (
    <dl>
      {fields.map((f) => (
        <div key={f.key} className={f.className}>
          <dt>{f.label}</dt>
          <dd>{f.cell(item)}</dd>
        </div>
      ))}
    </dl>
  );
}
