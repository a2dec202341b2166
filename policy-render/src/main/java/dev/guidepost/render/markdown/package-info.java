/**
 * CommonMark output: {@link dev.guidepost.render.markdown.MarkdownRenderer} writes a document as
 * Markdown for wikis, repositories and static site generators, escaping every text so that it reads
 * back unchanged.
 */
@NullMarked
package dev.guidepost.render.markdown;

import org.jspecify.annotations.NullMarked;
