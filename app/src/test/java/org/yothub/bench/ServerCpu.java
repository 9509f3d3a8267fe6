package org.yothub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * CPU time spent so far by the service started by {@code serve.sh} ({@code service.pid}) and by
 * the PostgreSQL server on the bench data directory (the postmaster and its backends), read from
 * the operating system. The difference over a request is what the request cost the machine,
 * which other work on the machine changes less than it changes the wall time.
 */
final class ServerCpu {
    private final long service;
    private final long postmaster;

    ServerCpu(BenchEnv env) throws IOException {
        service = Long.parseLong(Files.readString(env.home.resolve("service.pid")).trim());
        postmaster = Long.parseLong(Files.readAllLines(env.dataDir.resolve("postmaster.pid")).get(0).trim());
    }

    /** Seconds of CPU so far: the service's, then the database server's (its current processes). */
    double[] seconds() {
        ProcessHandle pg = ProcessHandle.of(postmaster).orElseThrow();
        double db = cpu(pg) + pg.descendants().mapToDouble(ServerCpu::cpu).sum();
        return new double[] {ProcessHandle.of(service).map(ServerCpu::cpu).orElse(0.0), db};
    }

    private static double cpu(ProcessHandle p) {
        return ticks(p.pid()).orElseGet(() -> p.info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9);
    }

    /** utime + stime of /proc/pid/stat in seconds (ProcessHandle reports only the calling user's processes on some systems). */
    private static Optional<Double> ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of((Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
