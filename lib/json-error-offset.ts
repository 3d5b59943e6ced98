/**
 * Where JSON.parse gave up, for messages that say "line 3, column 15": Node 20's V8 names the position for some
 * errors only ("Unexpected token ',', …"…" is not valid JSON" names none). A small scanner of the JSON grammar
 * that returns the offset of the first character that breaks it, or null when the text is valid JSON (or nested
 * too deep to scan).
 */
export function jsonErrorOffset(text: string): number | null {
  let at = 0;
  const fail = (): never => {
    throw new JsonStop(at);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail();
      at++;
    }
  };
  const string = () => {
    at++; // the opening quote
    for (;;) {
      if (at >= text.length) fail();
      const char = text[at]!;
      if (char === '"') {
        at++;
        return;
      }
      if (char === '\\') {
        at++;
        const escaped = text[at];
        if (escaped === 'u') {
          for (let index = 1; index <= 4; index++) if (!/[0-9a-fA-F]/.test(text[at + index] ?? '')) fail();
          at += 5;
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) at++;
        else fail();
        continue;
      }
      if (char.charCodeAt(0) < 0x20) fail();
      at++;
    }
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail();
    at += match![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 2000) throw new JsonStop(null);
    space();
    const char = text[at];
    if (char === '{') {
      at++;
      space();
      if (text[at] === '}') {
        at++;
        return;
      }
      for (;;) {
        space();
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at] !== ':') fail();
        at++;
        value(depth + 1);
        space();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === '}') {
          at++;
          return;
        }
        fail();
      }
    }
    if (char === '[') {
      at++;
      space();
      if (text[at] === ']') {
        at++;
        return;
      }
      for (;;) {
        value(depth + 1);
        space();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === ']') {
          at++;
          return;
        }
        fail();
      }
    }
    if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else number();
  };
  try {
    value(0);
    space();
    return at < text.length ? at : null;
  } catch (error) {
    if (error instanceof JsonStop) return error.offset;
    throw error;
  }
}

class JsonStop {
  constructor(readonly offset: number | null) {}
}
