package dev.guidepost.policy.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.guidepost.policy.diff.VersionCheck.Verdict;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class VersionCheckTest {
  private static Policy policy(@Nullable String version, Decision decision, String owner) {
    Policy.Builder policy =
        Policy.builder().organisation(Organisation.of("Acme", Country.DK)).decide(decision);
    if (version != null) {
      policy.version(version);
    }
    return policy.owner(owner).build();
  }

  private static VersionCheck check(
      @Nullable String older, Decision before, @Nullable String newer, Decision after) {
    return VersionCheck.between(
        policy(older, before, "hr"), policy(newer, after, "hr"), StandardCatalogue.strictness());
  }

  @Test
  void a_minor_version_for_a_major_change_is_too_small_and_says_what_is_called_for() {
    VersionCheck check = check("1.4.2", Monitoring.none(), "1.5.0", Monitoring.activeMonitoring());
    assertThat(check)
        .isEqualTo(
            new VersionCheck(
                Bump.MAJOR,
                Optional.of("1.4.2"),
                Optional.of("1.5.0"),
                Optional.of("2.0.0"),
                Verdict.TOO_SMALL));
    assertThat(check.fits()).isFalse();
  }

  @Test
  void the_bump_called_for_or_a_larger_one_fits() {
    assertThat(check("1.4.2", Monitoring.none(), "2.0.0", Monitoring.activeMonitoring()).fits())
        .isTrue();
    VersionCheck minor = check("1.4.2", Monitoring.activeMonitoring(), "1.5.0", Monitoring.none());
    assertThat(minor.calledFor()).hasValue("1.5.0");
    assertThat(minor.fits()).isTrue();
    assertThat(check("1.4.2", Monitoring.activeMonitoring(), "1.4.3", Monitoring.none()).verdict())
        .isEqualTo(Verdict.TOO_SMALL);
    assertThat(
            check("1.4.2-rc.1", Monitoring.activeMonitoring(), "1.5.0", Monitoring.none())
                .calledFor())
        .hasValue("1.5.0");
  }

  @Test
  void a_patch_is_called_for_by_wording_and_a_patch_version_fits_it() {
    VersionCheck check =
        VersionCheck.between(
            policy("1.4.2", Monitoring.none(), "hr"),
            policy("1.4.3", Monitoring.none(), "people"),
            StandardCatalogue.strictness());
    assertThat(check.bump()).isEqualTo(Bump.PATCH);
    assertThat(check.calledFor()).hasValue("1.4.3");
    assertThat(check.verdict()).isEqualTo(Verdict.FITS);
  }

  @Test
  void an_equal_or_earlier_version_after_a_change_is_not_newer_but_equal_fits_no_change() {
    assertThat(check("1.4.2", Monitoring.none(), "1.4.2", Monitoring.activeMonitoring()).verdict())
        .isEqualTo(Verdict.NOT_NEWER);
    assertThat(check("1.4.2", Monitoring.none(), "1.3.0", Monitoring.activeMonitoring()).verdict())
        .isEqualTo(Verdict.NOT_NEWER);
    VersionCheck same = check("1.4.2", Monitoring.none(), "1.4.2", Monitoring.none());
    assertThat(same.bump()).isEqualTo(Bump.NONE);
    assertThat(same.calledFor()).hasValue("1.4.2");
    assertThat(same.verdict()).isEqualTo(Verdict.FITS);
  }

  @Test
  void a_missing_version_is_undeclared_and_the_called_for_one_follows_the_older() {
    VersionCheck noNewer = check("1.4.2", Monitoring.none(), null, Monitoring.activeMonitoring());
    assertThat(noNewer.verdict()).isEqualTo(Verdict.UNDECLARED);
    assertThat(noNewer.calledFor()).hasValue("2.0.0");
    VersionCheck noOlder = check(null, Monitoring.none(), "1.0.0", Monitoring.activeMonitoring());
    assertThat(noOlder.verdict()).isEqualTo(Verdict.UNDECLARED);
    assertThat(noOlder.calledFor()).isEmpty();
    assertThat(noOlder.bump()).isEqualTo(Bump.MAJOR);
  }

  @Test
  void a_version_is_called_for_only_after_a_declared_one() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new VersionCheck(
                    Bump.MAJOR,
                    Optional.empty(),
                    Optional.of("1.0.0"),
                    Optional.of("1.0.0"),
                    Verdict.UNDECLARED));
  }
}
