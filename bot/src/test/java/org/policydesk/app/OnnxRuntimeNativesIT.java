package org.policydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxRuntimeNativesIT {

    @TempDir
    Path dir;

    @Test
    void theNativeLibrariesAreExtractedOnceIntoTheCacheAndReusedAfter() throws Exception {
        Optional<Path> first = OnnxRuntimeNatives.extract(dir.resolve("cache"));
        assertThat(first).isPresent();
        Path library = first.get().resolve(System.mapLibraryName("onnxruntime"));
        assertThat(library).isRegularFile();
        assertThat(Files.size(library)).isGreaterThan(1_000_000);
        assertThat(first.get().resolve(System.mapLibraryName("onnxruntime4j_jni"))).isRegularFile();
        FileTime written = Files.getLastModifiedTime(library);
        Thread.sleep(20);
        assertThat(OnnxRuntimeNatives.extract(dir.resolve("cache"))).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(library)).as("not written again").isEqualTo(written);
        try (var inside = Files.list(first.get())) {
            assertThat(inside).as("no partial files").allMatch(p -> !p.toString().endsWith(".part"));
        }
    }

    @Test
    void onlyOldFoldersTheRuntimeLeftHoldingNothingButItsLibrariesAreRemoved() throws Exception {
        Path old = folder("onnxruntime-java123", Duration.ofHours(3), "libonnxruntime.so", "libonnxruntime4j_jni.so");
        Path oldEmpty = folder("onnxruntime-java456", Duration.ofHours(3));
        Path recent = folder("onnxruntime-java789", Duration.ZERO, "libonnxruntime.so");
        Path foreign = folder("onnxruntime-java321", Duration.ofHours(3), "notes.txt");
        Path unrelated = folder("something-else", Duration.ofHours(3));
        assertThat(OnnxRuntimeNatives.removeLeftovers(dir, Duration.ofHours(1))).isEqualTo(2);
        assertThat(old).doesNotExist();
        assertThat(oldEmpty).doesNotExist();
        assertThat(recent).as("perhaps a process starting now").exists();
        assertThat(foreign).as("holds something else").exists();
        assertThat(unrelated).exists();
    }

    private Path folder(String name, Duration age, String... files) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (String file : files) {
            Files.writeString(folder.resolve(file), "x");
        }
        Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minus(age)));
        return folder;
    }
}
