import { Fragment } from 'react';
import { parseHighlight } from './highlight';

/** Search highlight HTML rendered as text with <mark> around the matched words. */
export function Highlighted({ html, fallback }: { html?: string | null; fallback: string }) {
  if (!html) return <>{fallback}</>;
  return (
    <>
      {parseHighlight(html).map((p, i) =>
        p.mark ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>,
      )}
    </>
  );
}
