import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from './api.ts';

/** Loads data for a screen and keeps the Danish error message if it fails; reruns when `deps` change. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[] = []) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(load);
  latest.current = load;
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await latest.current());
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload, ...deps]);
  return { data, error, loading, reload, setData };
}
