package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import dev.guidepost.policy.model.ParameterValue;
import java.util.ArrayList;
import java.util.List;

/** Turns the standard enums into parameter declarations and values. */
final class Handles {
  private Handles() {}

  static List<String> ids(Identified[] values) {
    List<String> ids = new ArrayList<>();
    for (Identified value : values) {
      ids.add(value.id());
    }
    return List.copyOf(ids);
  }

  static ParameterValue choices(Identified... values) {
    return ParameterValue.ofChoices(ids(values));
  }

  static ParameterValue choices(List<? extends Identified> values) {
    return choices(values.toArray(new Identified[0]));
  }
}
