/**
 * The {@code guidepost} command-line tool; its entry point is {@code dev.guidepost.cli.Guidepost}.
 */
module dev.guidepost.cli {
  requires dev.guidepost.policy;
  requires dev.guidepost.render;
  requires dev.guidepost.render.docx;
  requires dev.guidepost.render.pdf;
  requires java.logging;
  requires info.picocli;
  requires tools.jackson.core;

  // picocli reads and sets the commands' annotated fields and methods by reflection
  opens dev.guidepost.cli to
      info.picocli;
}
