/**
 * An example of Guidepost embedded in a web application: {@link
 * dev.guidepost.examples.server.PolicyServer} serves the questionnaire as an HTML form in any of
 * the five languages and answers a submitted form with the rendered policy, using only the JDK's
 * HTTP server.
 */
@NullMarked
package dev.guidepost.examples.server;

import org.jspecify.annotations.NullMarked;
