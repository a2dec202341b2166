package dev.guidepost.policy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code api/policy-core.api} equal to the module's public API. After a deliberate change,
 * run the build with {@code -Dguidepost.api.update=true} and review the file's diff.
 */
public final class ApiListingTest {
  private ApiListingTest() {}

  @Test
  @SuppressWarnings("UnusedMethod") // run by JUnit
  void the_checked_in_api_listing_is_the_modules_public_api() throws IOException {
    check(Path.of("target/classes"), Path.of("api/policy-core.api"));
  }

  /**
   * Compares a module's API with its checked-in listing, or rewrites the listing.
   *
   * @param classes the compiled classes
   * @param listing the checked-in file
   * @throws IOException if the file cannot be read or written
   */
  public static void check(Path classes, Path listing) throws IOException {
    String actual = ApiListing.of(classes);
    if (Boolean.getBoolean("guidepost.api.update")) {
      Files.createDirectories(listing.getParent());
      Files.writeString(listing, actual);
    }
    assertThat(Files.exists(listing)).as("%s exists", listing).isTrue();
    assertThat(actual)
        .as(
            "the public API differs from %s; after a deliberate change, run with"
                + " -Dguidepost.api.update=true and review the diff",
            listing)
        .isEqualTo(Files.readString(listing));
  }
}
