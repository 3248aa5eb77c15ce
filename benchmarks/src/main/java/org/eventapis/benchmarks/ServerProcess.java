package org.eventapis.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@link CannedServer} in a process of its own and talks to it. When the benchmarks run
 * pinned ({@code bench.serverCpu} set, see {@link RunBenchmarks}), the server gets that core to
 * itself, so that the client's figures contain only the client's work.
 */
final class ServerProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final HttpClient control = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  ServerProcess() {
    List<String> command = new ArrayList<>();
    String cpu = System.getProperty("bench.serverCpu", "");
    if (!cpu.isEmpty()) {
      command.addAll(List.of("taskset", "-c", cpu));
    }
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xms256m", "-Xmx256m", "-XX:+UseSerialGC",
            "-cp", System.getProperty("java.class.path"),
            CannedServer.class.getName()));
    try {
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String first =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      if (first == null) {
        throw new IllegalStateException("the benchmark server did not start: " + command);
      }
      port = Integer.parseInt(first.trim());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the benchmark server: " + command, e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  int port() {
    return port;
  }

  /** The body of the last request to {@code path}, to check that every side sends the same. */
  byte[] lastBody(String path) {
    return get("/__last?path=" + path);
  }

  /** Requests served and connections seen since the last {@link #reset()}. */
  long[] stats() {
    String[] parts = new String(get("/__stats"), StandardCharsets.UTF_8).split(" ");
    return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
  }

  void reset() {
    get("/__reset");
  }

  private byte[] get(String pathAndQuery) {
    try {
      return control
          .send(HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).build(),
              HttpResponse.BodyHandlers.ofByteArray())
          .body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close();
    } catch (IOException ignored) {
      // the process is ended below either way
    }
    process.destroy();
  }
}
