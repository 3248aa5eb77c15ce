package org.eventapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {

  private static final class TestBuilder extends ClientBuilder<TestBuilder> {
    @Override
    protected TestBuilder self() {
      return this;
    }

    ClientSettings build(String defaultBaseUrl) {
      return settings("testapi", defaultBaseUrl);
    }
  }

  @Test
  void settings_withOnlyAnApiKey_usesTheDefaultBaseUrlAndTimeouts() {
    ClientSettings settings = new TestBuilder().apiKey("k").build("https://api.example.com/v2/");

    assertThat(settings.baseUrl()).isEqualTo("https://api.example.com/v2");
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.callTimeout()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void settings_withoutApiKey_failsNamingTheSetting() {
    assertThatThrownBy(() -> new TestBuilder().build("https://api.example.com"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey");
  }

  @Test
  void settings_withoutBaseUrlWhereThereIsNoDefault_failsNamingTheSetting() {
    assertThatThrownBy(() -> new TestBuilder().apiKey("k").build(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("baseUrl");
  }

  @Test
  void settings_withPlainHttpToARemoteHost_isRefusedUnlessAllowed() {
    TestBuilder builder = new TestBuilder().apiKey("k").baseUrl("http://api.example.com");

    assertThatThrownBy(() -> builder.build(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("http");
    assertThat(builder.allowInsecureHttp(true).build(null).baseUrl())
        .isEqualTo("http://api.example.com");
  }

  @Test
  void settings_withUpperCaseHttpScheme_isRefusedAllTheSame() {
    TestBuilder builder = new TestBuilder().apiKey("k").baseUrl("HTTP://api.example.com");

    assertThatThrownBy(() -> builder.build(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("plain http");
  }

  @Test
  void settings_serializedToJson_leaveOutTheApiKey() throws Exception {
    ClientSettings settings = new TestBuilder().apiKey("sk_live_secret").build("https://api.example.com");
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    assertThat(mapper.writeValueAsString(settings))
        .contains("api.example.com")
        .doesNotContain("sk_live_secret");
  }

  @Test
  void settings_withPlainHttpToLoopback_isAllowed() {
    assertThat(new TestBuilder().apiKey("k").baseUrl("http://127.0.0.1:8080").build(null).baseUrl())
        .isEqualTo("http://127.0.0.1:8080");
    assertThat(new TestBuilder().apiKey("k").baseUrl("http://localhost:8080").build(null).baseUrl())
        .isEqualTo("http://localhost:8080");
    assertThat(new TestBuilder().apiKey("k").baseUrl("http://[::1]:8080").build(null).baseUrl())
        .isEqualTo("http://[::1]:8080");
  }

  @Test
  void settings_withNonPositiveTimeout_failsNamingIt() {
    TestBuilder builder = new TestBuilder().apiKey("k").readTimeout(Duration.ZERO);

    assertThatThrownBy(() -> builder.build("https://api.example.com"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("readTimeout");
  }

  @Test
  void settings_withNonPositiveCallTimeout_failsNamingIt() {
    TestBuilder builder = new TestBuilder().apiKey("k").callTimeout(Duration.ofSeconds(-1));

    assertThatThrownBy(() -> builder.build("https://api.example.com"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("callTimeout");
  }

  @Test
  void settings_withMalformedUrl_failsNamingIt() {
    assertThatThrownBy(() -> new TestBuilder().apiKey("k").baseUrl("api.example.com").build(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("baseUrl");
  }

  @Test
  void toString_neverShowsTheApiKey() {
    ClientSettings settings =
        new TestBuilder().apiKey("sk_live_secret").build("https://api.example.com");

    assertThat(settings.toString()).doesNotContain("sk_live_secret").contains("redacted");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"sk_live_key\n", "sk_live_key\r\nX-Injected: 1", "sk_live_kéy", "sk_live\tkey", " sk_live_key"})
  void settings_withAKeyNoHeaderCanCarry_isRefusedWithoutEchoingIt(String key) {
    assertThatThrownBy(() -> new TestBuilder().apiKey(key).build("https://api.example.com"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("sk_live"));
  }

  @Test
  void settings_withAnUpperCaseScheme_isTheSameUrl() {
    ClientSettings settings = new TestBuilder().apiKey("k").build("HTTPS://Api.Example.com/v2/");

    assertThat(settings.baseUrl()).startsWith("https://").endsWith("/v2");
  }

  @Test
  void settings_withUserInfoInTheBaseUrl_isRefusedWithoutEchoingThePassword() {
    assertThatThrownBy(
            () -> new TestBuilder().apiKey("k").build("https://admin:hunter2@api.example.com/v2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("baseUrl")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void settings_withANonPositiveBodyLimit_isRefused() {
    assertThatThrownBy(
            () -> new TestBuilder().apiKey("k").maxResponseBytes(0).build("https://api.example.com"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("maxResponseBytes");
  }

  @Test
  void settings_withATimeoutFeignCannotCarry_isRefused() {
    assertThatThrownBy(
            () ->
                new TestBuilder()
                    .apiKey("k")
                    .connectTimeout(Duration.ofDays(30))
                    .build("https://api.example.com"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(
            () ->
                new TestBuilder()
                    .apiKey("k")
                    .readTimeout(Duration.ofNanos(300_000))
                    .build("https://api.example.com"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("readTimeout");
  }
}
