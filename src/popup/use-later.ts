// A part of the popup the verdict does not need, imported once the first render is done: its modules
// (and what they pull in: settings, the collector's words) stay out of the scripts the verdict waits for.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function useLater<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> | undefined {
  const [component, setComponent] = useState<{ it: ComponentType<P> } | undefined>();
  useEffect(() => {
    let current = true;
    load().then(
      (it) => current && setComponent({ it }),
      () => undefined, // a part that fails to load is left out; the verdict stays
    );
    return () => {
      current = false;
    };
  }, []); // once per mount: callers pass a module-level function
  return component?.it;
}
