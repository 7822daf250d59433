// Slot markers stand for substituted values in rendered text until they are escaped for where they landed.
// For JSON the place is found by scanning the rendered text: a marker inside a string literal is string content,
// anywhere else it is a whole value. Scanning the output (not the template) stays right across {% if %}/{% for %}.
import { escapeFor, textOf, type ValueContext } from './escape';

// Private-use characters: templates containing them are rejected, so markers cannot be forged by template text.
export const SLOT_OPEN = '\uE000';
export const SLOT_CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/g;

export function slotMarker(index: number): string {
  return `${SLOT_OPEN}${index}${SLOT_CLOSE}`;
}

/**
 * A slot's value. `{% capture %}` stores rendered text, so a string slot may hold markers of earlier slots;
 * those expand to plain text and the whole string is escaped once, where it is finally output. Only earlier
 * slots can be referenced, which also bounds the recursion.
 */
function slotValue(slots: readonly unknown[], index: number): unknown {
  const value = slots[index];
  if (typeof value !== 'string' || !value.includes(SLOT_OPEN)) return value;
  return value.replace(MARKER, (_, inner: string) => (Number(inner) < index ? textOf(slotValue(slots, Number(inner))) : ''));
}

/** Replaces every marker with its value escaped for `context`. */
export function fillSlots(text: string, slots: readonly unknown[], context: ValueContext): string {
  return text.replace(MARKER, (_, index: string) => escapeFor(context, slotValue(slots, Number(index))));
}

/** Fills markers in rendered JSON: JSON string escaping inside string literals, typed literals elsewhere. */
export function fillJsonSlots(text: string, slots: readonly unknown[]): string {
  let out = '';
  let copied = 0;
  let inString = false;
  const significant = /["\\\uE000]/g;
  for (let match = significant.exec(text); match; match = significant.exec(text)) {
    const at = match.index;
    const char = match[0];
    const close = char === SLOT_OPEN ? text.indexOf(SLOT_CLOSE, at) : -1;
    if (close > at) {
      const value = slotValue(slots, Number(text.slice(at + 1, close)));
      out += text.slice(copied, at) + escapeFor(inString ? 'json-string' : 'json-value', value);
      copied = close + 1;
      significant.lastIndex = copied;
    } else if (char === '"') {
      inString = !inString;
    } else if (char === '\\' && inString && text[at + 1] !== SLOT_OPEN) {
      // A backslash escapes the next character (`\"` does not end the string); a marker is never escaped.
      significant.lastIndex = at + 2;
    }
  }
  return out + text.slice(copied);
}
