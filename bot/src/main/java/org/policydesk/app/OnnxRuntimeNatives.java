package org.policydesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ONNX Runtime (under the embedding model) otherwise extracts its 16 MB of native libraries into a
 * new {@code /tmp/onnxruntime-java…} folder at every start, and leaves the folder behind (the files
 * too when the process is killed). Here they are extracted once into a per-user cache folder,
 * named by the libraries' checksums, and loaded from there; stale folders the runtime left in the
 * temporary directory are removed.
 */
public final class OnnxRuntimeNatives {

    private static final Logger log = LoggerFactory.getLogger(OnnxRuntimeNatives.class);
    static final String PROPERTY = "onnxruntime.native.path";
    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");
    private static final Pattern LEFT_BEHIND = Pattern.compile("onnxruntime-java\\d+");
    private static final Pattern RUNTIME_FILE = Pattern.compile("lib(onnxruntime|onnxruntime4j_jni|onnxruntime_providers_\\w+)\\.(so|dylib)");

    private OnnxRuntimeNatives() {}

    /**
     * Points ONNX Runtime at the cached libraries, extracting them first if needed. Must run before
     * the runtime loads; does nothing where the property is already set, the platform's libraries
     * are not in the jar, or the cache cannot be written (the runtime then extracts as it would).
     */
    public static Optional<Path> useCache(Path cacheRoot) {
        if (System.getProperty(PROPERTY) != null) {
            return Optional.empty();
        }
        try {
            Optional<Path> folder = extract(cacheRoot);
            folder.ifPresent(f -> System.setProperty(PROPERTY, f.toString()));
            return folder;
        } catch (IOException | RuntimeException e) {
            log.debug("ONNX Runtime libraries not cached ({}); the runtime extracts them itself", e.toString());
            return Optional.empty();
        }
    }

    /** The platform's resource folder in the ONNX Runtime jar, as the runtime names it. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("mac") ? "osx" : os.contains("win") ? "win" : "linux";
        String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : arch;
        return osName + "-" + archName;
    }

    static Optional<Path> extract(Path cacheRoot) throws IOException {
        String base = "ai/onnxruntime/native/" + platform() + "/";
        Path jar = jarOf(OnnxRuntimeNatives.class.getClassLoader().getResource(base + System.mapLibraryName("onnxruntime")));
        if (jar == null) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder(platform());
        try (JarFile file = new JarFile(jar.toFile())) {
            for (String library : LIBRARIES) {
                JarEntry entry = file.getJarEntry(base + System.mapLibraryName(library));
                if (entry == null) {
                    return Optional.empty();
                }
                key.append('-').append(Long.toHexString(entry.getCrc())).append(Long.toHexString(entry.getSize()));
            }
            Path folder = cacheRoot.resolve(key.toString());
            if (LIBRARIES.stream().allMatch(l -> Files.isRegularFile(folder.resolve(System.mapLibraryName(l))))) {
                return Optional.of(folder);
            }
            Files.createDirectories(folder);
            for (String library : LIBRARIES) {
                String name = System.mapLibraryName(library);
                // Written aside and moved into place, so a process killed meanwhile never leaves half a library.
                Path partial = Files.createTempFile(folder, name, ".part");
                try (InputStream in = file.getInputStream(file.getJarEntry(base + name))) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
            return Optional.of(folder);
        }
    }

    private static Path jarOf(java.net.URL resource) {
        if (resource == null || !"jar".equals(resource.getProtocol())) {
            return null;
        }
        String spec = resource.getPath();
        int bang = spec.indexOf("!/");
        try {
            return Path.of(new java.net.URI(spec.substring(0, bang)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Removes {@code onnxruntime-java…} folders the runtime left in the temporary directory, older
     * than {@code age}, holding nothing but its libraries: a process still running has loaded its
     * copies already, so removing the files does not disturb it.
     */
    public static int removeLeftovers(Path tempDir, Duration age) {
        int removed = 0;
        Instant before = Instant.now().minus(age);
        try (Stream<Path> entries = Files.list(tempDir)) {
            for (Path folder : entries.filter(p -> LEFT_BEHIND.matcher(p.getFileName().toString()).matches()).toList()) {
                try {
                    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                            || Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).compareTo(FileTime.from(before)) > 0) {
                        continue;
                    }
                    List<Path> files;
                    try (Stream<Path> inside = Files.list(folder)) {
                        files = inside.toList();
                    }
                    if (files.stream().allMatch(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                            && RUNTIME_FILE.matcher(f.getFileName().toString()).matches())) {
                        for (Path f : files) {
                            Files.deleteIfExists(f);
                        }
                        Files.deleteIfExists(folder);
                        removed++;
                    }
                } catch (IOException e) {
                    // Another user's folder, or one removed meanwhile: not ours to clean.
                }
            }
        } catch (IOException e) {
            log.debug("temporary directory not listed: {}", e.toString());
        }
        return removed;
    }

    /** The per-user cache folder: {@code $XDG_CACHE_HOME/policydesk/onnxruntime}, else {@code ~/.cache/…}. */
    public static Path defaultCache(java.util.Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return root.resolve("policydesk").resolve("onnxruntime");
    }
}
