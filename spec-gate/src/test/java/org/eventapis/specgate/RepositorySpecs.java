package org.eventapis.specgate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's specs folder, which the build names in the {@code specs.dir} property. */
final class RepositorySpecs {

  private RepositorySpecs() {}

  static Path directory() {
    String dir = System.getProperty("specs.dir");
    if (dir == null) {
      throw new IllegalStateException("system property specs.dir is not set; run through Maven");
    }
    return Path.of(dir).toAbsolutePath().normalize();
  }

  static Path spec(String api) {
    return directory().resolve(api).resolve("openapi.yaml");
  }

  /** Copies the specs folder, released copies and changelog included, into {@code target}. */
  static Path copyTo(Path target) throws IOException {
    Path source = directory();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }
}
