package org.painstats.report;

/**
 * A small HTML writer: escapes all text and attribute values, closes void elements XML-style
 * ({@code <img/>}), so the output parses as HTML5 and as XML alike.
 *
 * <p>Escaping: {@code & < > " '} become character references; characters XML forbids (C0 controls
 * other than tab, line feed and carriage return, U+FFFE, U+FFFF, lone surrogates) become U+FFFD,
 * the replacement character, so no diary text can break the markup or the parse.
 */
final class Html {
  private final StringBuilder out = new StringBuilder();

  /** Text made safe for element content and quoted attribute values. */
  static String escape(String s) {
    int first = 0;
    while (first < s.length() && plain(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      return s; // most text, and every inline chart (base64), has nothing to escape
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    b.append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (allowed(c)) {
            b.append(c);
          } else {
            b.append('\uFFFD');
          }
        }
      }
    }
    return b.toString();
  }

  /** A character written as it is: allowed, not markup, not half of a surrogate pair. */
  private static boolean plain(char c) {
    return c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && allowed(c);
  }

  private static boolean allowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }

  /** Opens {@code tag} with attributes given as name, value pairs (values are escaped). */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** A void element such as {@code <meta/>} or {@code <img/>}. */
  Html empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /** Closes {@code tag}. */
  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding escaped text: {@code element("td", "5.1")}. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Escaped text. */
  Html text(String s) {
    out.append(escape(s));
    return this;
  }

  /** Markup written as is: only for markup this package made itself. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** A line break in the source, to keep the file readable and diffable. */
  Html nl() {
    out.append('\n');
    return this;
  }

  private void attributes(String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1]));
      out.append('"');
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
