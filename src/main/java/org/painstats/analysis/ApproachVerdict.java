package org.painstats.analysis;

/** The verdict on an approach, with the word the JSON report uses. */
public enum ApproachVerdict {
  HELPED("helped"),
  PROBABLY_HELPED("probably helped"),
  NO_CLEAR_EFFECT("no clear effect"),
  PROBABLY_WORSE("probably worse"),
  TOO_LITTLE_DATA("too little data");

  private final String word;

  ApproachVerdict(String word) {
    this.word = word;
  }

  /** The JSON value: "helped", "probably helped", ... */
  public String word() {
    return word;
  }
}
