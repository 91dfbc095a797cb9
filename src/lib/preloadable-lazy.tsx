import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

export interface PreloadableComponent<Props extends object> {
  (props: Props): ReactElement;
  /** Starts loading the component's code; resolves when it can render without suspending. */
  preload: () => Promise<void>;
}

/**
 * `React.lazy` that can be loaded ahead of its first render, and then renders without suspending. A plain lazy
 * component suspends on its first render even when its module is already there, and React 19 holds back the reveal of
 * a boundary that showed its fallback by up to 300 ms (its fallback throttle): on the editor route that was most of
 * the time between the roundup arriving and the editor being built.
 */
export function preloadableLazy<Props extends object>(load: () => Promise<ComponentType<Props>>): PreloadableComponent<Props> {
  let loaded: ComponentType<Props> | null = null;
  let loading: Promise<ComponentType<Props>> | null = null;
  const start = () => {
    loading ??= load().then(
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
  const Lazy = lazy(async () => ({ default: await start() }));
  function Preloadable(props: Props) {
    return loaded === null ? createElement(Lazy, props) : createElement(loaded, props);
  }
  Preloadable.preload = async () => {
    await start();
  };
  return Preloadable;
}
