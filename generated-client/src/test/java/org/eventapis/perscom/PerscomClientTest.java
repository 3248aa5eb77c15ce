package org.eventapis.perscom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PerscomClientTest {

  @Test
  void build_withOnlyAKey_targetsProductionVersion2() {
    PerscomClient client = PerscomClient.builder().apiKey("secret-key").build();

    assertThat(client.settings().baseUrl()).isEqualTo("https://api.perscom.io/v2");
    assertThat(client.events()).isNotNull();
    assertThat(client.calendars()).isNotNull();
  }

  @Test
  void toString_doesNotShowTheKey() {
    PerscomClient client = PerscomClient.builder().apiKey("secret-key").build();

    assertThat(client.toString()).doesNotContain("secret-key");
  }

  @Test
  void build_withoutKey_failsNamingTheApiAndSetting() {
    assertThatThrownBy(() -> PerscomClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("perscom")
        .hasMessageContaining("apiKey");
  }
}
