package org.painstats.diary;

import java.util.regex.Pattern;

/**
 * White space in names and tags, as regex {@code \s} means it (space, tab, line breaks, form feed,
 * vertical tab): runs collapsed to one space, or removed. Called per cell and per record, so the
 * pattern is compiled once and text that needs no change is returned as it is.
 */
public final class Spaces {
  private static final Pattern RUNS = Pattern.compile("\\s+");

  private Spaces() {}

  /** Each run of white space as one space ({@code s.replaceAll("\\s+", " ")}). */
  public static String collapse(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c) && (c != ' ' || (i + 1 < s.length() && isSpace(s.charAt(i + 1))))) {
        return RUNS.matcher(s).replaceAll(" ");
      }
    }
    return s;
  }

  /** Without any white space ({@code s.replaceAll("\\s+", "")}). */
  public static String removed(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        return RUNS.matcher(s).replaceAll("");
      }
    }
    return s;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
