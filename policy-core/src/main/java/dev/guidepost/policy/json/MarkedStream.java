package dev.guidepost.policy.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Marks the failures of the stream being read, so that they stay I/O errors while what Jackson says
 * about the bytes themselves (not text in any encoding it knows, an unsupported byte order) becomes
 * a format error.
 */
final class MarkedStream extends FilterInputStream {
  MarkedStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    try {
      return super.read();
    } catch (IOException e) {
      throw new Failure(e);
    }
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    try {
      return super.read(bytes, offset, length);
    } catch (IOException e) {
      throw new Failure(e);
    }
  }

  /** A failure of the underlying stream, carrying its exception. */
  static final class Failure extends IOException {
    private static final long serialVersionUID = 1L;

    private final IOException failure;

    Failure(IOException failure) {
      super(failure);
      this.failure = failure;
    }

    IOException failure() {
      return failure;
    }
  }
}
