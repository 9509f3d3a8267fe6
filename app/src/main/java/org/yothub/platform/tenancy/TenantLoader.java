package org.yothub.platform.tenancy;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yothub.platform.security.AccountService;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.DemoMode;

/**
 * Loads {@code <YOTHUB_TENANTS_DIR>/<code>/tenant.yml} and {@code platform.yml} at startup and
 * upserts them. Every file is parsed and validated before anything is written, so a bad file
 * stops startup with its name, key and problem and leaves the database as it was.
 */
@Context
class TenantLoader {
    private static final Logger LOG = LoggerFactory.getLogger(TenantLoader.class);
    private final Path directory;
    private final DemoMode demoMode;
    private final TenantRegistryWriter writer;
    private final AccountService accounts;
    private final TenantTransactions transactions;
    private final TenantDirectory directoryCache;
    private final io.micronaut.context.event.ApplicationEventPublisher<TenantsLoaded> events;

    TenantLoader(@Value("${yothub.tenants.dir:`./tenants`}") String directory, DemoMode demoMode,
                 TenantRegistryWriter writer, AccountService accounts, TenantTransactions transactions,
                 TenantDirectory directoryCache, io.micronaut.context.event.ApplicationEventPublisher<TenantsLoaded> events) {
        String env = System.getenv("YOTHUB_TENANTS_DIR");
        this.directory = Path.of(env != null && !env.isBlank() ? env : directory);
        this.demoMode = demoMode;
        this.writer = writer;
        this.accounts = accounts;
        this.transactions = transactions;
        this.directoryCache = directoryCache;
        this.events = events;
    }

    @PostConstruct
    void init() {
        load();
        events.publishEvent(new TenantsLoaded(directory, readTenants().stream().map(TenantDefinition::code).toList()));
    }

    /** Reads every file, then upserts; returns the number of rows written (0 when nothing changed). */
    int load() {
        long start = System.nanoTime();
        List<TenantDefinition> tenants = readTenants();
        List<TenantDefinition.UserDefinition> platformUsers = readPlatformUsers();
        int written = 0;
        for (TenantDefinition t : tenants) {
            written += writer.upsertTenant(t, demoMode.enabled());
            written += TenantScope.call(t.code(), () -> transactions.inTenant(false, () ->
                    writer.upsertTenantOwned(t) + accounts.upsertStaff(staffOf(t))));
            written += transactions.inNewTransaction("_platform", () -> accounts.upsertPlatform(reviewersOf(t), t.code()));
        }
        written += transactions.inNewTransaction("_platform", () -> accounts.upsertPlatform(platformUsers, null));
        directoryCache.forget();
        LOG.info("Loaded {} tenants from {} ({} rows written) in {} ms", tenants.size(), directory.toAbsolutePath(),
                written, (System.nanoTime() - start) / 1_000_000);
        return written;
    }

    List<TenantDefinition> readTenants() {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("Tenants directory " + directory.toAbsolutePath()
                    + " does not exist (set YOTHUB_TENANTS_DIR)");
        }
        List<TenantDefinition> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(directory)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path file = dir.resolve("tenant.yml");
                if (Files.exists(file)) {
                    out.add(new TenantFileParser(file.toString(), demoMode.enabled())
                            .parseTenant(Files.readString(file, StandardCharsets.UTF_8), dir.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + directory, e);
        }
        return out;
    }

    private List<TenantDefinition.UserDefinition> readPlatformUsers() {
        Path file = directory.resolve("platform.yml");
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return new TenantFileParser(file.toString(), demoMode.enabled())
                    .parsePlatformUsers(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    private static List<TenantDefinition.UserDefinition> staffOf(TenantDefinition t) {
        return t.users().stream().filter(u -> u.roles().stream().allMatch(Roles.IN_TENANT::contains)).toList();
    }

    private static List<TenantDefinition.UserDefinition> reviewersOf(TenantDefinition t) {
        return t.users().stream().filter(u -> u.roles().contains(Roles.PEER_REVIEWER)).toList();
    }
}
