package dev.guidepost.policy.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders semantic versions by precedence, as Semantic Versioning 2.0.0 (clause 11) defines it:
 * major, minor and patch numerically; a pre-release before its release; pre-release identifiers one
 * by one, numeric ones numerically and below alphanumeric ones; build metadata ignored. Not part of
 * the API: the package is not exported.
 */
public final class SemanticVersions {
  private static final Pattern VERSION =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

  private SemanticVersions() {}

  /**
   * Tells whether a text is a semantic version.
   *
   * @param version any text
   * @return true if it is of the form {@code MAJOR.MINOR.PATCH} with optional pre-release and build
   */
  public static boolean isValid(String version) {
    return VERSION.matcher(version).matches();
  }

  /**
   * Compares two semantic versions by precedence.
   *
   * @param a a semantic version
   * @param b a semantic version
   * @return negative if {@code a} comes before {@code b}, zero if they have the same precedence
   *     (such as {@code 1.0.0+a} and {@code 1.0.0+b}), positive if it comes after
   * @throws IllegalArgumentException if either is not a semantic version
   */
  public static int compare(String a, String b) {
    Matcher left = parse(a);
    Matcher right = parse(b);
    for (int group = 1; group <= 3; group++) {
      int order = numeric(left.group(group), right.group(group));
      if (order != 0) {
        return order;
      }
    }
    String leftPre = left.group(4);
    String rightPre = right.group(4);
    if (leftPre == null || rightPre == null) {
      return (leftPre == null ? 1 : 0) - (rightPre == null ? 1 : 0);
    }
    String[] leftIds = leftPre.split("\\.", -1);
    String[] rightIds = rightPre.split("\\.", -1);
    for (int i = 0; i < Math.min(leftIds.length, rightIds.length); i++) {
      int order = identifier(leftIds[i], rightIds[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(leftIds.length, rightIds.length);
  }

  private static Matcher parse(String version) {
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "a version is semantic, such as 1.2.0, but was '" + version + "'");
    }
    return matcher;
  }

  private static int identifier(String a, String b) {
    boolean aNumeric = a.chars().allMatch(Character::isDigit);
    boolean bNumeric = b.chars().allMatch(Character::isDigit);
    if (aNumeric && bNumeric) {
      return numeric(a, b);
    }
    if (aNumeric != bNumeric) {
      return aNumeric ? -1 : 1;
    }
    return Integer.signum(a.compareTo(b));
  }

  /** Compares digit strings of any length. */
  private static int numeric(String digitsA, String digitsB) {
    String a = withoutLeadingZeros(digitsA);
    String b = withoutLeadingZeros(digitsB);
    int byLength = Integer.compare(a.length(), b.length());
    return byLength != 0 ? byLength : Integer.signum(a.compareTo(b));
  }

  private static String withoutLeadingZeros(String digits) {
    int start = 0;
    while (start < digits.length() - 1 && digits.charAt(start) == '0') {
      start++;
    }
    return digits.substring(start);
  }
}
