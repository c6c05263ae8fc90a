package org.painstats.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer, indented by two spaces. Numbers are written with at most 6
 * significant digits, in plain notation, and NaN or infinite values as {@code null}, so output does
 * not depend on locale and is stable byte for byte.
 */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private final Deque<boolean[]> firstInScope = new ArrayDeque<>();
  private boolean afterName;

  /** Opens an object, as a value or at the top. */
  public JsonWriter beginObject() {
    open('{');
    return this;
  }

  /** Closes the current object. */
  public JsonWriter endObject() {
    return close('}');
  }

  /** Opens an array. */
  public JsonWriter beginArray() {
    open('[');
    return this;
  }

  /** Closes the current array. */
  public JsonWriter endArray() {
    return close(']');
  }

  /** Writes a member name; the next call writes its value. */
  public JsonWriter name(String name) {
    separator();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  /** A string value. */
  public JsonWriter value(String s) {
    separator();
    string(s);
    return this;
  }

  /** A number, or {@code null} when NaN or infinite. */
  public JsonWriter value(double d) {
    separator();
    out.append(number(d));
    return this;
  }

  /** A whole number. */
  public JsonWriter value(long n) {
    separator();
    out.append(n);
    return this;
  }

  /** A boolean. */
  public JsonWriter value(boolean b) {
    separator();
    out.append(b);
    return this;
  }

  /** {@code null}. */
  public JsonWriter nullValue() {
    separator();
    out.append("null");
    return this;
  }

  /** The text written so far, with a final newline once everything is closed. */
  @Override
  public String toString() {
    return firstInScope.isEmpty() ? out + "\n" : out.toString();
  }

  /** The JSON form of a number: up to 6 significant digits, plain, {@code null} for NaN. */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "null";
    }
    if (d == 0) {
      return "0";
    }
    BigDecimal b = new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros();
    if (b.scale() < 0) {
      b = b.setScale(0);
    }
    return b.toPlainString();
  }

  private void open(char c) {
    separator();
    out.append(c);
    firstInScope.push(new boolean[] {true});
  }

  private JsonWriter close(char c) {
    boolean empty = firstInScope.pop()[0];
    if (!empty) {
      newline();
    }
    out.append(c);
    return this;
  }

  private void separator() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (firstInScope.isEmpty()) {
      return;
    }
    boolean[] first = firstInScope.peek();
    if (!first[0]) {
      out.append(',');
    }
    first[0] = false;
    newline();
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(firstInScope.size()));
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
