package dev.guidepost.examples.server;

import java.nio.charset.StandardCharsets;

/**
 * What the server sends back: a status, a media type and a body; for a 405 the methods allowed, and
 * for a download the file name it is saved under (empty for a page shown in the browser). The body
 * is written once to the exchange and never changed.
 */
@SuppressWarnings("ArrayRecordComponent") // package-private, made and sent by the server only
record Response(int status, String type, byte[] body, String allow, String fileName) {
  static final String HTML = "text/html; charset=utf-8";

  /** Returns a page with status 200. */
  static Response ok(String html) {
    return page(200, html, "");
  }

  /** Returns a page with a status and, for a 405, the methods allowed. */
  static Response page(int status, String html, String allow) {
    return new Response(status, HTML, html.getBytes(StandardCharsets.UTF_8), allow, "");
  }

  /** Returns a file to save, with status 200. */
  static Response download(String type, byte[] body, String fileName) {
    return new Response(200, type, body, "", fileName);
  }

  /** Returns the body as text, for pages. */
  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
