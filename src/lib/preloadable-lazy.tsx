import { createElement, lazy, type ComponentType, type ReactElement } from 'react';
import { retryChunkLoad } from './retry-chunk-load';

export interface PreloadableComponent<Props extends object> {
  (props: Props): ReactElement;
  /** Starts loading the component's code; resolves when it can render without suspending. */
  preload: () => Promise<void>;
  /** After a failed load, lets the next render download afresh (an error boundary's "try again"). */
  retry: () => void;
}

/**
 * `React.lazy` that can be loaded ahead of its first render, and then renders without suspending. A plain lazy
 * component suspends on its first render even when its module is already there, and React 19 holds back the reveal of
 * a boundary that showed its fallback by up to 300 ms (its fallback throttle): on the editor route that was most of
 * the time between the roundup arriving and the editor being built.
 *
 * A failed download is tried once more before the component fails (and its error boundary shows). `React.lazy`
 * keeps rejecting with that error for the page's life (and React renders a failed tree once more by itself, so a
 * fresh attempt there would hide the failure): only `retry()`, from a boundary's "try again", starts afresh.
 */
export function preloadableLazy<Props extends object>(load: () => Promise<ComponentType<Props>>): PreloadableComponent<Props> {
  let loaded: ComponentType<Props> | null = null;
  let loading: Promise<ComponentType<Props>> | null = null;
  const start = () => {
    loading ??= retryChunkLoad(load).then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        // A failed download may succeed on the next attempt (a flaky connection, a deploy in between).
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const createLazy = () => lazy(async () => ({ default: await start() }));
  let Lazy = createLazy();
  function Preloadable(props: Props) {
    return loaded === null ? createElement(Lazy, props) : createElement(loaded, props);
  }
  Preloadable.preload = async () => {
    await start();
  };
  Preloadable.retry = () => {
    if (loaded === null && loading === null) Lazy = createLazy();
  };
  return Preloadable;
}
