import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { isPlainLeftClick } from './is-plain-left-click';
import { useRouter } from './router-context';
import { formatLocation, resolveLocation } from './router-location';
import { useNavigate } from './use-navigate';

export interface LinkProps extends Omit<ComponentPropsWithRef<'a'>, 'href'> {
  to: string;
  /** Replace the current history entry; by default only a link to where we already are does. */
  replace?: boolean;
}

/** An `<a href>` that navigates in the page on a plain left click and leaves every other click to the browser. */
export function Link({ to, replace, onClick, target, ...anchorProps }: LinkProps) {
  const { location } = useRouter();
  const navigate = useNavigate();
  const href = formatLocation(resolveLocation(to, location));

  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainLeftClick(event, target)) return;
    event.preventDefault();
    navigate(href, { replace: replace ?? href === formatLocation(location) });
  }

  return <a {...anchorProps} href={href} target={target} onClick={handleClick} />;
}
