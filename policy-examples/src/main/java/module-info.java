/** Runnable examples of Guidepost for each kind of user, and an example web server. */
module dev.guidepost.examples {
  requires transitive dev.guidepost.policy;
  requires dev.guidepost.render;
  requires dev.guidepost.render.docx;
  requires dev.guidepost.render.pdf;
  requires jdk.httpserver;

  exports dev.guidepost.examples;
}
