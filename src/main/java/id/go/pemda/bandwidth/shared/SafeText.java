package id.go.pemda.bandwidth.shared;

/**
 * Text a person typed may hold letters, digits, punctuation, emoji and (in a text area) line
 * breaks, but no control characters (PostgreSQL refuses NUL outright), no bidirectional
 * overrides (they make a text read differently from what it says) and no half of a surrogate
 * pair (it cannot be stored as UTF-8).
 */
public final class SafeText {

  private SafeText() {}

  /** The first character that may not be stored, named for the user; null if there is none. */
  public static String unsafeCharacter(String text, boolean multiline) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
      if (Character.isISOControl(c) && !(multiline && lineBreak)) {
        return c == 0 ? "NUL" : String.format("kontrol U+%04X", (int) c);
      }
      if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        return String.format("pengarah teks U+%04X", (int) c);
      }
      boolean loneHigh = Character.isHighSurrogate(c)
          && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)));
      boolean loneLow = Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (loneHigh || loneLow) {
        return "surrogate tunggal";
      }
    }
    return null;
  }

  /** The message for a text holding such a character, or null when it may be stored. */
  public static String problem(String text, boolean multiline) {
    String unsafe = text == null ? null : unsafeCharacter(text, multiline);
    return unsafe == null ? null : "mengandung karakter yang tidak diizinkan (" + unsafe + ")";
  }
}
