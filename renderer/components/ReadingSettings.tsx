import {
  FONT_SIZE_RANGE,
  LINE_HEIGHTS,
  type Preferences,
  type ReadingFont,
  type ReadingWidth,
} from '../app/preferences';
import { Modal } from './Modal';

const FONTS: { value: ReadingFont; label: string }[] = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans-serif' },
];
const WIDTHS: { value: ReadingWidth; label: string }[] = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'medium', label: 'Medium' },
  { value: 'wide', label: 'Wide' },
];
const SIZES: number[] = [];
for (let size = FONT_SIZE_RANGE.min; size <= FONT_SIZE_RANGE.max; size += FONT_SIZE_RANGE.step)
  SIZES.push(size);

/** Typeface, size, line spacing and width of the text, applied as they change and kept for next time. */
export function ReadingSettings({
  prefs,
  onPrefs,
  onClose,
}: {
  prefs: Preferences;
  onPrefs: (change: Partial<Preferences>) => void;
  onClose: () => void;
}) {
  return (
    <Modal
      labelledBy="reading-title"
      className="reading-settings"
      testId="reading-settings"
      onClose={onClose}
    >
      <h2 id="reading-title">Reading settings</h2>
      <fieldset className="choice-row">
        <legend>Typeface</legend>
        {FONTS.map((f) => (
          <label key={f.value} className="choice">
            <input
              type="radio"
              name="reading-font"
              checked={prefs.font === f.value}
              onChange={() => onPrefs({ font: f.value })}
              data-testid={`reading-font-${f.value}`}
            />
            {f.label}
          </label>
        ))}
      </fieldset>
      <label className="field">
        Text size
        <select
          autoComplete="off"
          value={prefs.fontSize}
          onChange={(e) => onPrefs({ fontSize: Number(e.target.value) })}
          data-testid="reading-size"
        >
          {SIZES.map((size) => (
            <option key={size} value={size}>
              {size} px
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Line spacing
        <select
          autoComplete="off"
          value={prefs.lineHeight}
          onChange={(e) => onPrefs({ lineHeight: Number(e.target.value) })}
          data-testid="reading-line"
        >
          {LINE_HEIGHTS.map((height) => (
            <option key={height} value={height}>
              {height.toFixed(2)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="choice-row">
        <legend>Line length</legend>
        {WIDTHS.map((w) => (
          <label key={w.value} className="choice">
            <input
              type="radio"
              name="reading-width"
              checked={prefs.width === w.value}
              onChange={() => onPrefs({ width: w.value })}
              data-testid={`reading-width-${w.value}`}
            />
            {w.label}
          </label>
        ))}
      </fieldset>
      <p className="reading-preview">
        The audit was carried out on the Government Edition Mavic Pro and found no evidence that flight data
        was sent anywhere unexpected.
      </p>
      <div className="modal-actions modal-footer">
        <button type="button" className="button button-primary" onClick={onClose} data-testid="reading-done">
          Done
        </button>
      </div>
    </Modal>
  );
}
