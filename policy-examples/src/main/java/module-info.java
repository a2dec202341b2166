/** Runnable examples of Guidepost for each kind of user. */
module dev.guidepost.examples {
  requires dev.guidepost.policy;
  requires dev.guidepost.render;

  exports dev.guidepost.examples;
}
