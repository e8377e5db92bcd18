package io.mailready.imports;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fixture folders under src/test/resources. */
final class Fixtures {
  private Fixtures() {}

  static Path folder(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
