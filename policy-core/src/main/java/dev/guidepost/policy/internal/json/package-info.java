/**
 * The JSON writing shared by the library's JSON forms and the command-line tool: {@link
 * dev.guidepost.policy.internal.json.JsonOutput} (the layouts) and {@link
 * dev.guidepost.policy.internal.json.ReportFields} (a report's findings and sources). Exported only
 * to the command-line tool; not an API.
 */
@NullMarked
package dev.guidepost.policy.internal.json;

import org.jspecify.annotations.NullMarked;
