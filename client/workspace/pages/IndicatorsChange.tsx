import type { IndicatorRow } from '../../../analysis/indicators/types.ts';
import type { Formats } from './IndicatorsFormat.ts';

/** A change in one line: an arrow (its word beside it says the same) and the amount. */
export function Change({ r, f }: { r: IndicatorRow; f: Formats }) {
  const c = f.changeShort(r);
  return (
    <span className="peil-change">
      {c.arrow && <span aria-hidden="true">{c.arrow} </span>}
      {c.text}
    </span>
  );
}
