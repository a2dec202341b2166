/** Tests of the command-line tool: each command run in process, and the real tool as a process. */
@NullMarked
package dev.guidepost.cli;

import org.jspecify.annotations.NullMarked;
