package acme;

/** Runs the consumer; an exception ends the process with a non-zero exit code. */
public final class Main {
  private Main() {}

  /**
   * Runs the consumer.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Consumer.run();
    System.out.println("consumer: ok");
  }
}
