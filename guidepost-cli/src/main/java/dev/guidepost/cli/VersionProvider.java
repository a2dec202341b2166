package dev.guidepost.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Gives {@code --version}: the project version, written into {@code version.properties} by Maven.
 */
final class VersionProvider implements IVersionProvider {
  VersionProvider() {}

  @Override
  public String[] getVersion() throws IOException {
    return new String[] {"guidepost " + version()};
  }

  static String version() throws IOException {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IOException("version.properties is missing");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    }
  }
}
