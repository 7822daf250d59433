// Says where rendered JSON is broken. JSON.parse's messages differ between Node versions and often omit the
// position, so a small strict JSON reader finds the first offending character itself.

interface JsonSyntaxProblem {
  position: number;
  reason: string;
}

class Broken extends Error {
  constructor(
    readonly position: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

class JsonReader {
  private pos = 0;

  constructor(private readonly text: string) {}

  readDocument(): void {
    this.skipWhitespace();
    this.readValue();
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail('unexpected text after the end of the JSON value');
  }

  private fail(reason: string): never {
    throw new Broken(this.pos, reason);
  }

  private skipWhitespace(): void {
    WHITESPACE.lastIndex = this.pos;
    WHITESPACE.exec(this.text);
    this.pos = WHITESPACE.lastIndex;
  }

  private readValue(): void {
    const char = this.text[this.pos];
    if (char === '{') return this.readContainer('}', () => this.readMember());
    if (char === '[') return this.readContainer(']', () => this.readValue());
    if (char === '"') return this.readString();
    if (char === '-' || (char >= '0' && char <= '9')) return this.readNumber();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    this.fail(char === undefined ? 'unexpected end of input' : `unexpected character ${JSON.stringify(char)}`);
  }

  private readContainer(close: string, readItem: () => void): void {
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === close) {
      this.pos++;
      return;
    }
    for (;;) {
      readItem();
      this.skipWhitespace();
      const char = this.text[this.pos];
      if (char === close) {
        this.pos++;
        return;
      }
      if (char !== ',') this.fail(`expected ',' or '${close}'`);
      this.pos++;
      this.skipWhitespace();
      if (this.text[this.pos] === close) this.fail(`trailing comma before '${close}'`);
    }
  }

  private readMember(): void {
    if (this.text[this.pos] !== '"') this.fail('expected a property name in double quotes');
    this.readString();
    this.skipWhitespace();
    if (this.text[this.pos] !== ':') this.fail("expected ':' after the property name");
    this.pos++;
    this.skipWhitespace();
    this.readValue();
  }

  private readString(): void {
    this.pos++;
    for (;;) {
      const char = this.text[this.pos];
      if (char === undefined) this.fail('unterminated string');
      if (char === '"') break;
      if (char < ' ') this.fail('raw control character (e.g. a line break) inside a string; write it as \\n');
      if (char === '\\') {
        const escaped = this.text[this.pos + 1];
        const valid = escaped === 'u' ? /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6)) : '"\\/bfnrt'.includes(escaped ?? 'x');
        if (!valid) this.fail('invalid escape sequence in a string');
        this.pos += escaped === 'u' ? 6 : 2;
      } else {
        this.pos++;
      }
    }
    this.pos++;
  }

  private readNumber(): void {
    NUMBER.lastIndex = this.pos;
    if (!NUMBER.test(this.text)) this.fail('invalid number');
    this.pos = NUMBER.lastIndex;
  }
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  try {
    new JsonReader(text).readDocument();
    return undefined;
  } catch (err) {
    if (err instanceof Broken) return { position: err.position, reason: err.reason };
    // Nesting deep enough to overflow the stack: let JSON.parse speak.
    try {
      JSON.parse(text);
      return undefined;
    } catch (parseErr) {
      return { position: 0, reason: (parseErr as Error).message };
    }
  }
}

const SNIPPET_RADIUS = 30;

/** `line 3, column 12 (position 40)` plus the surrounding text with a caret under the offending character. */
export function describeJsonPosition(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', position) === -1 ? text.length : text.indexOf('\n', position);
  const from = Math.max(lineStart, position - SNIPPET_RADIUS);
  const to = Math.min(lineEnd, position + SNIPPET_RADIUS);
  const snippet = `${from > lineStart ? '…' : ''}${text.slice(from, to)}${to < lineEnd ? '…' : ''}`;
  const caret = ' '.repeat(position - from + (from > lineStart ? 1 : 0)) + '^';
  return `line ${line}, column ${column} (position ${position}):\n  ${snippet}\n  ${caret}`;
}
