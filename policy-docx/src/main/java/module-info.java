/**
 * Guidepost's Word output: renders a policy document as a DOCX file with Apache POI. A module of
 * its own, so that a user who needs only text, Markdown or HTML does not pull POI.
 */
module dev.guidepost.render.docx {
  requires transitive dev.guidepost.render;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.poi.poi;
  requires org.apache.xmlbeans;

  exports dev.guidepost.render.docx;
}
