/**
 * Guidepost's rendering: turns a validated policy into a format-neutral document and renders it as
 * plain text, Markdown or HTML.
 */
module dev.guidepost.render {
  requires transitive dev.guidepost.policy;

  exports dev.guidepost.render;
  exports dev.guidepost.render.compose;
  exports dev.guidepost.render.document;
  exports dev.guidepost.render.text;
  exports dev.guidepost.render.markdown;
  exports dev.guidepost.render.html;
}
