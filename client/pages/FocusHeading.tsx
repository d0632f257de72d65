import { Heading } from '@amsterdam/design-system-react';
import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1, focused when it appears: after a step of the flow changes the page, a
 * screen-reader user hears where they are instead of staying on a button that is gone.
 */
export function FocusHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  // Again whenever the heading's text changes (sending -> thank you): the step changed, the element did not.
  // Focused as the DOM changes (a layout effect), not after the next paint: the page and focus change together.
  const text = typeof children === 'string' ? children : undefined;
  useLayoutEffect(() => ref.current?.focus(), [text]);
  return (
    <Heading level={1} ref={ref} tabIndex={-1}>
      {children}
    </Heading>
  );
}
