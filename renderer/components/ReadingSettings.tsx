import {
  FONT_SIZE_RANGE,
  LINE_HEIGHTS,
  type Preferences,
  type ReadingFont,
  type ReadingWidth,
} from '../model/preferences';
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

/** A labelled row of radio buttons, one per choice; each input's test id is `${name}-${value}`. */
function RadioRow<T extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  choices: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="choice-row">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className="choice">
          <input
            type="radio"
            name={name}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
            data-testid={`${name}-${c.value}`}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

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
      <RadioRow
        legend="Typeface"
        name="reading-font"
        choices={FONTS}
        value={prefs.font}
        onChange={(font) => onPrefs({ font })}
      />
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
      <RadioRow
        legend="Line length"
        name="reading-width"
        choices={WIDTHS}
        value={prefs.width}
        onChange={(width) => onPrefs({ width })}
      />
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
