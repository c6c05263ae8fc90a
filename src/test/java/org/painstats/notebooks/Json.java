package org.painstats.notebooks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The little JSON a notebook needs, read into {@code Map} (insertion order), {@code List}, {@code
 * String}, {@code Long} or {@code Double}, {@code Boolean} and {@code null}, and written the way
 * Jupyter writes a notebook ({@code json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False)}
 * and a final newline), so that saving from Jupyter changes no more than it must.
 */
final class Json {
  private final String s;
  private int i;

  private Json(String s) {
    this.s = s;
  }

  /**
   * Parses one JSON value.
   *
   * @throws IllegalArgumentException naming the offset where the text stops being JSON
   */
  static Object parse(String text) {
    Json p = new Json(text);
    Object v = p.value();
    p.space();
    if (p.i != text.length()) {
      throw p.error("text after the JSON value");
    }
    return v;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("not valid JSON at offset " + i + ": " + what);
  }

  private void space() {
    while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
  }

  private boolean take(char c) {
    space();
    if (i < s.length() && s.charAt(i) == c) {
      i++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!take(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private Object value() {
    space();
    if (i >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(i);
    if (c == '{') {
      i++;
      Map<String, Object> m = new LinkedHashMap<>();
      if (take('}')) {
        return m;
      }
      do {
        space();
        String key = string();
        expect(':');
        m.put(key, value());
      } while (take(','));
      expect('}');
      return m;
    }
    if (c == '[') {
      i++;
      List<Object> l = new ArrayList<>();
      if (take(']')) {
        return l;
      }
      do {
        l.add(value());
      } while (take(','));
      expect(']');
      return l;
    }
    if (c == '"') {
      return string();
    }
    for (String word : new String[] {"true", "false", "null"}) {
      if (s.startsWith(word, i)) {
        i += word.length();
        return word.equals("null") ? null : Boolean.valueOf(word);
      }
    }
    return number();
  }

  private String string() {
    if (i >= s.length() || s.charAt(i) != '"') {
      throw error("expected a string");
    }
    i++;
    StringBuilder b = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
        }
        case '"', '\\', '/' -> b.append(e);
        default -> throw error("bad escape \\" + e);
      }
    }
  }

  private Object number() {
    int start = i;
    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    String n = s.substring(start, i);
    try {
      return n.matches("-?\\d+") ? (Object) Long.valueOf(n) : (Object) Double.valueOf(n);
    } catch (NumberFormatException e) {
      i = start;
      throw error("unexpected character '" + s.charAt(i) + "'");
    }
  }

  /** Writes a value as Jupyter does: keys sorted, one space of indent per level, final newline. */
  static String write(Object value) {
    StringBuilder b = new StringBuilder();
    write(b, value, 0);
    return b.append('\n').toString();
  }

  private static void write(StringBuilder b, Object v, int depth) {
    if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        b.append("{}");
        return;
      }
      b.append('{');
      String sep = "\n";
      for (var e : new TreeMap<>(m).entrySet()) {
        b.append(sep).append(" ".repeat(depth + 1));
        quote(b, (String) e.getKey());
        b.append(": ");
        write(b, e.getValue(), depth + 1);
        sep = ",\n";
      }
      b.append('\n').append(" ".repeat(depth)).append('}');
    } else if (v instanceof List<?> l) {
      if (l.isEmpty()) {
        b.append("[]");
        return;
      }
      b.append('[');
      String sep = "\n";
      for (Object x : l) {
        b.append(sep).append(" ".repeat(depth + 1));
        write(b, x, depth + 1);
        sep = ",\n";
      }
      b.append('\n').append(" ".repeat(depth)).append(']');
    } else if (v instanceof String str) {
      quote(b, str);
    } else if (v == null || v instanceof Boolean || v instanceof Long || v instanceof Integer) {
      b.append(v);
    } else {
      throw new IllegalArgumentException("cannot write " + v.getClass().getSimpleName());
    }
  }

  private static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
