package dev.guidepost.render;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.Random;

/**
 * A {@link Random} whose every draw comes from the fuzzer's input, so that a seeded generator of
 * policies becomes a structured fuzzer: the fuzzer's mutations become choices among the catalogue's
 * areas, options and values. When the input runs out, every draw is zero.
 */
final class FuzzedRandom extends Random {
  private static final long serialVersionUID = 1L;

  private final transient FuzzedDataProvider data;

  FuzzedRandom(FuzzedDataProvider data) {
    super(0);
    this.data = data;
  }

  @Override
  protected int next(int bits) {
    return data.consumeInt() >>> (32 - bits);
  }
}
