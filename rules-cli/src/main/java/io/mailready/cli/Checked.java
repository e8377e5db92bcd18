package io.mailready.cli;

import io.mailready.Report;

/**
 * The report of one snapshot file.
 *
 * @param file the snapshot file as the user named it
 * @param report its report
 */
record Checked(String file, Report report) {}
