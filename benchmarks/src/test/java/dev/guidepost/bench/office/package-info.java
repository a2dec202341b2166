/** Tests that LibreOffice, the office comparison's reference, converts the realistic policy. */
@NullMarked
package dev.guidepost.bench.office;

import org.jspecify.annotations.NullMarked;
