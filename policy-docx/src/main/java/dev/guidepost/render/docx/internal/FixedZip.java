package dev.guidepost.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip file entry by entry, in the same order, with every entry's time set to 1 February
 * 1980 as a local date and time (1 January 1980, the earliest a zip file holds, would make Java add
 * a time-zone dependent extra field) and nothing else of the file system: equal entries give
 * byte-identical zip files, whatever the clock, time zone or machine.
 */
public final class FixedZip {
  private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 2, 1, 0, 0);

  private FixedZip() {}

  /**
   * Copies a zip file.
   *
   * @param zip the zip file's bytes
   * @param out where to write the copy; not closed
   * @throws IOException if the bytes are not a zip file or {@code out} fails
   */
  public static void copy(byte[] zip, OutputStream out) throws IOException {
    ZipOutputStream copy = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry fixed = new ZipEntry(entry.getName());
        fixed.setTimeLocal(EPOCH);
        copy.putNextEntry(fixed);
        in.transferTo(copy);
        copy.closeEntry();
      }
    }
    copy.finish();
  }
}
