package dev.guidepost.policy.json;

import static dev.guidepost.policy.json.PolicyJsonTest.DOMAIN_EXAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading from a stream and from a file. */
class PolicyJsonSourcesTest {
  private final PolicyJson json = PolicyJson.standard();

  @Test
  void reads_from_a_stream_without_closing_it() {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(DOMAIN_EXAMPLE.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    assertThat(json.read(in)).isEqualTo(json.read(DOMAIN_EXAMPLE));
    assertThat(closed[0]).as("closed").isFalse();
  }

  @Test
  void reads_from_a_file(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(dir.resolve("policy.json"), DOMAIN_EXAMPLE, StandardCharsets.UTF_8);

    assertThat(json.read(file)).isEqualTo(json.read(DOMAIN_EXAMPLE));
  }

  @Test
  void a_bad_file_is_a_format_error_naming_the_path(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(dir.resolve("policy.json"), JsonInputs.withFields("\"owner\": 42"));

    assertThatThrownBy(() -> json.read(file))
        .isInstanceOfSatisfying(
            PolicyFormatException.class, e -> assertThat(e.path()).isEqualTo("$.owner"));
  }

  @Test
  void reading_a_missing_file_throws_an_io_exception(@TempDir Path dir) {
    assertThatThrownBy(() -> json.read(dir.resolve("no-such-policy.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void bytes_that_look_like_utf_32_but_are_not_are_a_format_error() {
    // found by PipelineFuzzTest: four zero bytes make Jackson read UTF-32, which then fails
    byte[] bytes = ("\0\0\0\0" + JsonInputs.MINIMAL).getBytes(StandardCharsets.UTF_8);

    assertThat(notText(bytes).found()).contains("Invalid UTF-32 character");
  }

  @Test
  void an_unsupported_byte_order_is_a_format_error() {
    byte[] bytes = {0, 0, (byte) 0xFF, (byte) 0xFE, '{', '}'};

    assertThat(notText(bytes).found()).contains("UCS-4");
  }

  @Test
  void a_stream_that_fails_is_an_io_error_not_a_format_error() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk on fire");
          }
        };

    assertThatThrownBy(() -> json.read(failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk on fire");
  }

  private PolicyFormatException notText(byte[] bytes) {
    PolicyFormatException e =
        catchThrowableOfType(
            PolicyFormatException.class, () -> json.read(new ByteArrayInputStream(bytes)));
    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.expected()).isEqualTo("well-formed JSON in UTF-8");
    return e;
  }
}
