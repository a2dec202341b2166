package dev.guidepost.examples.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.guidepost.policy.questionnaire.Questionnaire;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * Guidepost embedded in a web application with nothing but the JDK's HTTP server ({@code
 * jdk.httpserver}):
 *
 * <ul>
 *   <li>{@code GET /} (optionally {@code ?lang=da}) serves the questionnaire as an HTML form in
 *       that language;
 *   <li>{@code GET /} with the form's fields in the query serves the form filled in with them;
 *   <li>{@code POST /policy} with the form's fields (each question id with an answer id, the
 *       organisation's name, country, sector and employee representation, the document's version,
 *       effective date and owner) answers with the result page: the checker's findings with a
 *       button per verified fix (which posts the fields again with {@code apply}), the downloads, a
 *       form back to the questions filled in, and the policy;
 *   <li>{@code POST /download} with the same fields and {@code format} ({@code html}, {@code
 *       markdown}, {@code text} or {@code json}) answers with the policy as a file to save;
 *   <li>bad input gets a 400 page that says what is wrong in the visitor's language, an unknown
 *       path a 404, another method a 405; a visitor never sees a stack trace.
 * </ul>
 *
 * <p>Every text the visitor sent is escaped before it is written into a page. The server listens on
 * the loopback address only.
 */
public final class PolicyServer implements AutoCloseable {
  /** The longest organisation name the form accepts. */
  static final int MAX_NAME = 200;

  private static final System.Logger LOG = System.getLogger(PolicyServer.class.getName());

  private final HttpServer server;

  private PolicyServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts a server on the loopback address.
   *
   * @param port the port, or 0 for any free port
   * @return the running server
   * @throws IOException if the port cannot be bound
   */
  public static PolicyServer start(int port) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    Routes routes = new Routes(Questionnaire.standard());
    server.createContext("/", exchange -> handle(routes, exchange));
    server.start();
    return new PolicyServer(server);
  }

  /**
   * Returns the address of the questionnaire.
   *
   * @return a URI such as {@code http://127.0.0.1:8080/}
   */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create(
        "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
  }

  /** Stops the server, without waiting for exchanges in progress. */
  @Override
  public void close() {
    server.stop(0);
  }

  /**
   * Starts the server and prints its address; it runs until the process is stopped.
   *
   * @param args an optional port, 8080 by default
   * @throws IOException if the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    int port;
    try {
      port = port(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    run(port, System.out);
  }

  /** Starts the server on a port and prints where to find it. */
  static PolicyServer run(int port, PrintStream out) throws IOException {
    PolicyServer server = start(port);
    out.println("Guidepost's questionnaire is at " + server.uri());
    return server;
  }

  /** Reads the port from the arguments. */
  static int port(String[] args) {
    if (args.length == 0) {
      return 8080;
    }
    if (args.length > 1 || !args[0].matches("[0-9]{1,5}") || Integer.parseInt(args[0]) > 65535) {
      throw new IllegalArgumentException(
          "usage: PolicyServer [port], where the port is a number from 0 to 65535, but got "
              + String.join(" ", args));
    }
    return Integer.parseInt(args[0]);
  }

  private static void handle(Routes routes, HttpExchange exchange) {
    try (exchange) {
      Response response = routes.respond(exchange);
      byte[] body = response.body();
      var headers = exchange.getResponseHeaders();
      headers.set("Content-Type", response.type());
      if (!response.fileName().isEmpty()) {
        headers.set("Content-Disposition", "attachment; filename=\"" + response.fileName() + "\"");
      }
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set(
          "Content-Security-Policy",
          "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
      if (!response.allow().isEmpty()) {
        headers.set("Allow", response.allow());
      }
      exchange.sendResponseHeaders(response.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not answer " + exchange.getRequestURI(), e);
    }
  }
}
