import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Paged<T> {
  /** undefined until the first page arrives. */
  items: T[] | undefined;
  error: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  /** Appends the next page. */
  more: () => void;
  /** Loads the first page again. */
  reload: () => Promise<void>;
}

/** A cursor-paged list (`{items, nextCursor}`): the first page per change of `deps`, then more. */
export function usePaged<T>(
  load: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>,
  deps: readonly unknown[],
): Paged<T> {
  const [items, setItems] = useState<T[]>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const page = await loadRef.current();
      if (mine !== generation.current) return;
      setItems(page.items);
      setCursor(page.nextCursor);
      setError(undefined);
    } catch (e) {
      if (mine === generation.current) setError(e);
    }
  }, []);

  useEffect(() => {
    setItems(undefined);
    void reload();
  }, deps);

  const more = useCallback(() => {
    if (!cursor) return;
    const mine = generation.current;
    setLoadingMore(true);
    loadRef
      .current(cursor)
      .then((page) => {
        if (mine !== generation.current) return;
        setItems((old) => [...(old ?? []), ...page.items]);
        setCursor(page.nextCursor);
      })
      .catch((e: unknown) => setError(e))
      .finally(() => setLoadingMore(false));
  }, [cursor]);

  return { items, error, hasMore: Boolean(cursor), loadingMore, more, reload };
}

/** "Show more" under a cursor-paged list. */
export function MoreButton({
  paged,
}: {
  paged: Pick<Paged<unknown>, 'hasMore' | 'loadingMore' | 'more'>;
}) {
  const { t } = useTranslation();
  if (!paged.hasMore) return null;
  return (
    <p>
      <button
        type="button"
        className="button--secondary"
        disabled={paged.loadingMore}
        onClick={paged.more}
      >
        {t('common.showMore')}
      </button>
    </p>
  );
}
