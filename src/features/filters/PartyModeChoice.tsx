import { useId } from 'react';
import { setPartyMode } from '../../store/app-store';
import type { PartyMode } from './filters';

const MODES: [mode: PartyMode, label: string][] = [
  ['any', 'any chosen party'],
  ['all', 'all chosen parties'],
];

/**
 * Whether the Party menu's choices add up (events involving any of them) or narrow (events involving
 * all of them). Always shown at the head of the menu, so that ticking a party never moves the choices
 * under the pointer, and so that the numbers beside them, which follow the mode, are explained.
 */
export function PartyModeChoice({ mode }: { mode: PartyMode }) {
  const name = useId();
  return (
    <fieldset className="facet__mode">
      <legend>Show events involving</legend>
      {MODES.map(([value, label]) => (
        <label key={value} className="facet__option">
          <input
            type="radio"
            name={name}
            value={value}
            checked={mode === value}
            onChange={() => setPartyMode(value)}
          />
          <span className="facet__label">{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
