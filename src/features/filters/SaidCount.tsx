import { useAppStore } from '../../store/app-store';
import { useSaidCount } from './use-said-count';

/**
 * The live region that says the count: a component of its own, so that saying it, a moment after the
 * count is shown, renders this paragraph alone and not the whole filter bar again.
 */
export function SaidCount({ text }: { text: string }) {
  const keystroke = useAppStore((s) => s.typing?.seq ?? 0);
  const said = useSaidCount(text, keystroke);
  return (
    <p className="visually-hidden" role="status" data-testid="showing-said">
      {said}
    </p>
  );
}
