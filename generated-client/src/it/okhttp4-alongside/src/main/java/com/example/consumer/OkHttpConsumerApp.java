package com.example.consumer;

import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The consumer app of an application that makes its own calls with OkHttp 4: one of those first,
 * then the event API clients in the same JVM.
 */
public final class OkHttpConsumerApp {

  private OkHttpConsumerApp() {}

  public static void main(String[] args) {
    ConsumerApp.runAndExit(OkHttpConsumerApp::callWithOkHttp);
  }

  private static void callWithOkHttp(CannedServer server) throws Exception {
    // OkHttp.VERSION is a compile-time constant; read it reflectively to learn what was loaded.
    String version = (String) OkHttp.class.getField("VERSION").get(null);
    System.out.println("OkHttp on the classpath: " + version + " from "
        + OkHttpClient.class.getProtectionDomain().getCodeSource().getLocation());

    server.answer("GET", "/own/health", 200, "{\"status\": \"ok\"}");
    OkHttpClient http = new OkHttpClient();
    try (Response response = http.newCall(
        new Request.Builder().url(server.url("/own/health")).build()).execute()) {
      Expect.equal(response.code(), 200, "the application's own OkHttp call");
      Expect.equal(response.body().string(), "{\"status\": \"ok\"}", "its body");
    }
    // Checked after the call, so that a broken mix of jars shows its own error first.
    Expect.isTrue(version.startsWith("4."), "the application's own OkHttp 4 to be loaded");
    System.out.println("OkHttp 4: the application's own call behaved");
  }
}
