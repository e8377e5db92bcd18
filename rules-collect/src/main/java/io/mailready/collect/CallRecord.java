package io.mailready.collect;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One request as the manifest shows it: what was asked (method and URL, and for the admin API the
 * cmdlet and its parameters), the last HTTP status (null when none came back), how many attempts it
 * took, how long, and why it failed (null when it did not).
 */
record CallRecord(
    Api api,
    String method,
    String url,
    String cmdlet,
    ObjectNode parameters,
    Integer status,
    int attempts,
    long durationMillis,
    String error) {}
