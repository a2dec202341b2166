/**
 * Catalogues: the chapters and areas a policy can decide, in the order a document renders them.
 * {@link dev.guidepost.policy.catalogue.Catalogue} is the entry type; {@link
 * dev.guidepost.policy.standard.StandardCatalogue#catalogue()} is the one Guidepost ships, to which
 * users add areas and options of their own.
 */
@NullMarked
@ValueStyle
package dev.guidepost.policy.catalogue;

import dev.guidepost.policy.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
