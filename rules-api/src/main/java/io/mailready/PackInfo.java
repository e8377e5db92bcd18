package io.mailready;

/**
 * A rule pack a checker loaded.
 *
 * @param id the pack id, e.g. {@code microsoft-email-admin}
 * @param version the pack version
 * @param source where it was loaded from: a classpath resource or a directory
 */
public record PackInfo(String id, String version, String source) {}
