package vn.donthu.ingest.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** The most memory this JVM used since {@link #reset()}: heap by the JVM's own pools, resident set by Linux. */
final class PeakMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private PeakMemory() {
    }

    static void reset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            // "5" resets the peak resident set size (VmHWM) of this process (Linux 4.0+).
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | SecurityException e) {
            // Without it the RSS peak covers the whole run; the heap peak is still exact.
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the live heap at the busiest moment. */
    static long heapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Peak resident set size, or -1 where /proc is not there. */
    static long residentBytes() {
        try {
            return Files.readAllLines(STATUS).stream().filter(l -> l.startsWith("VmHWM:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
