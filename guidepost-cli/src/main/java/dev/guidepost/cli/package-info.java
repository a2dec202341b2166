/**
 * The {@code guidepost} command-line tool, built with picocli; its entry point is {@link
 * dev.guidepost.cli.Guidepost}.
 *
 * <p>Each command is a {@link dev.guidepost.cli.GuidepostCommand} listed in {@code Guidepost}'s
 * {@code subcommands}. Every text the tool prints itself, its help included, comes from the UTF-8
 * bundles {@code cli_<code>.properties} beside these classes, in English, Danish, Swedish,
 * Norwegian Bokmål and Dutch. picocli reads the commands by reflection, so the module opens this
 * package to {@code info.picocli}; it exports nothing from it.
 */
@NullMarked
package dev.guidepost.cli;

import org.jspecify.annotations.NullMarked;
