package dev.guidepost.examples.server;

/** What the server sends back: a status and an HTML page, and for a 405 the methods allowed. */
record Response(int status, String html, String allow) {
  static Response ok(String html) {
    return new Response(200, html, "");
  }
}
