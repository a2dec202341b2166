package dev.guidepost.render.api;

import dev.guidepost.policy.api.ApiListingTest;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code api/policy-render.api} equal to the module's public API. After a deliberate change,
 * run the build with {@code -Dguidepost.api.update=true} and review the file's diff.
 */
class ApiTest {
  @Test
  void the_checked_in_api_listing_is_the_modules_public_api() throws IOException {
    ApiListingTest.check(Path.of("target/classes"), Path.of("api/policy-render.api"));
  }
}
