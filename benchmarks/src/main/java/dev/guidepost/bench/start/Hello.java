package dev.guidepost.bench.start;

/** The smallest Java program that does something: the reference for the start of a JVM. */
public final class Hello {
  private Hello() {}

  /**
   * Prints a greeting.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("Hello, world");
  }
}
