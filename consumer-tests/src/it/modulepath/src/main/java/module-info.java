/** A consumer on the module path. */
module acme.consumer {
  requires dev.guidepost.render;
}
