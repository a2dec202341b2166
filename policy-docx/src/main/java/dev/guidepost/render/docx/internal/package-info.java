/**
 * The DOCX renderer's parts, not exported: the walk that writes the body ({@code WordWriting}), the
 * style and numbering definitions ({@code WordStyles}), the per-language words and tags ({@code
 * WordLanguage}), the XML-safe text ({@code WordText}) and the fixed-time zip ({@code FixedZip}).
 */
@NullMarked
package dev.guidepost.render.docx.internal;

import org.jspecify.annotations.NullMarked;
