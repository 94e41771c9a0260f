package io.facescribe.dataset.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;

/**
 * Copies a finished output folder to any Hadoop-supported location ({@code hdfs://}, {@code s3a://},
 * {@code abfs://}, {@code file://} …), with the Hadoop configuration of the running JVM (on a cluster, the
 * cluster's). The copy goes to {@code URI.partial} first and is renamed into place at the end, so readers
 * never see half a data set.
 */
public final class HadoopCopy {

    private HadoopCopy() {
    }

    public static void copy(Path localFolder, String target) {
        try {
            URI uri = URI.create(target.replaceAll("(?<!/)/+$", ""));
            Configuration conf = new Configuration();
            FileSystem fs = FileSystem.get(uri, conf);
            org.apache.hadoop.fs.Path dst = new org.apache.hadoop.fs.Path(uri);
            org.apache.hadoop.fs.Path partial = dst.suffix(".partial");
            fs.delete(partial, true);
            FileUtil.copy(localFolder.toFile(), fs, partial, false, conf);
            if (fs.exists(dst)) {
                fs.delete(dst, true);
            }
            if (!fs.rename(partial, dst)) {
                throw new IOException("cannot rename " + partial + " to " + dst);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UncheckedIOException("cannot copy " + localFolder + " to " + target + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
