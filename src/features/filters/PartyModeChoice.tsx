import { useId } from 'react';
import { announce, setPartyMode } from '../../store/app-store';
import type { PartyMode } from './filters';

/** Shown in the menu while its numbers count events involving every chosen party. */
export const ALL_PARTIES_HINT =
  'The number beside a party counts the events that involve it and every chosen party.';

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
            onChange={() => {
              setPartyMode(value);
              // The note appears below the focused choice, where a screen reader would not read it.
              if (value === 'all') announce(ALL_PARTIES_HINT);
            }}
          />
          <span className="facet__label">{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
