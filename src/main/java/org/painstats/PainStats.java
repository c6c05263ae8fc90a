package org.painstats;

/** Placeholder. */
public final class PainStats {
  private PainStats() {}
}
