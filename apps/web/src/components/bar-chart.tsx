import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
  /** How the value is written (locale digits, money). */
  display: string;
}

/**
 * Horizontal bars drawn as small SVGs beside their label and figure, so the chart reads
 * without colour, flips with the page in RTL, and a screen reader gets label and figure.
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      <dl className="chart__rows">
        {bars.map((b) => (
          <div key={b.label} className="chart__row">
            <dt>{b.label}</dt>
            <dd>
              <svg
                className="chart__svg"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <rect
                  x={0}
                  y={0}
                  height={10}
                  width={Math.max(0.5, (Math.max(0, b.value) / max) * 100)}
                  rx={1}
                  className="chart__bar"
                />
              </svg>
              <span className="chart__value">{b.display}</span>
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}
