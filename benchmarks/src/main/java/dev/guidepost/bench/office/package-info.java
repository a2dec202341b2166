/**
 * Comparison 9: DOCX and PDF rendering of the realistic policy with Guidepost's renderers, against
 * the route a user has today, LibreOffice converting Guidepost's HTML page.
 */
@NullMarked
package dev.guidepost.bench.office;

import org.jspecify.annotations.NullMarked;
