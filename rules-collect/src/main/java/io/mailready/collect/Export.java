package io.mailready.collect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One export file and the calls made for it: a Graph resource (all its pages) or a cmdlet run. The
 * file is written only when every call needed for it succeeded, except where {@link #problems}
 * names what is missing inside it (one user's group memberships, say).
 */
final class Export {
  final String file;
  final Source source;
  // synchronized: the users export gets calls from every per-mailbox task
  final List<CallRecord> calls = Collections.synchronizedList(new ArrayList<>());
  final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  volatile String error;
  volatile boolean written;

  Export(String file, Source source) {
    this.file = file;
    this.source = source;
  }

  synchronized void fail(String why) {
    if (error == null) {
      error = why;
    }
  }
}
