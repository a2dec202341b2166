/** Runnable examples of Guidepost for each kind of user, and the {@code guidepost} tool. */
module dev.guidepost.examples {
  requires transitive dev.guidepost.policy;
  requires dev.guidepost.render;
  requires jdk.httpserver;
  requires info.picocli;
  requires tools.jackson.databind;

  exports dev.guidepost.examples;

  // picocli reads and sets the commands' annotated fields and methods by reflection
  opens dev.guidepost.cli to
      info.picocli;
}
