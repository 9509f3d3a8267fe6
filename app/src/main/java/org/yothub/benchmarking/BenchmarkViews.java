package org.yothub.benchmarking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.yothub.platform.security.Roles;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.web.NotFoundException;

/**
 * What each kind of user may see of a release (domain.md §5, §8): oversight sees YOTs by name;
 * a peer reviewer sees their home YOT by name and every other YOT by this release's pseudonym,
 * never a YOT's denominator; tenant staff see only their own YOT against its family, region and
 * England and Wales. Nobody sees a child.
 */
@Singleton
public class BenchmarkViews {
    private final ReleaseStore store;
    private final TenantDirectory tenants;
    /** A complete release never changes: what a kind of viewer sees of it is kept (rows and chart). */
    private final Cache<ViewKey, List<Row>> rowsSeen = Caffeine.newBuilder().maximumSize(2_000).build();
    private final Cache<ViewKey, String> chartsSeen = Caffeine.newBuilder().maximumSize(2_000).build();

    BenchmarkViews(ReleaseStore store, TenantDirectory tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    private record ViewKey(UUID releaseId, Viewer viewer, CatalogueMeasure measure, String period, String breakdown) { }

    /** A row as shown to the viewer. {@code label} is a name or a pseudonym. */
    @Serdeable
    public record Row(String geography, String label, boolean own, String breakdownValue, String numerator,
                      String denominator, String value, String flag, Integer rank, Integer rankedOf, Integer quartile,
                      String rag) { }

    public record Viewer(boolean oversight, String homeTenant, String staffTenant) {
        static Viewer of(Authentication a) {
            String staff = CurrentTenant.fromAuthentication(a).orElse(null);
            Object home = a.getAttributes().get("home_tenant");
            return new Viewer(a.getRoles().contains(Roles.OVERSIGHT), home == null ? null : home.toString(), staff);
        }
    }

    public ReleaseStore.Release release(UUID id) {
        return store.release(id).filter(r -> "complete".equals(r.status())).orElseThrow(() -> new NotFoundException("Release"));
    }

    public Optional<ReleaseStore.Release> latest() {
        return store.latestComplete();
    }

    /** The rows of a complete release as {@code viewer} may see them (kept once read). */
    public List<Row> rows(UUID releaseId, Viewer viewer, CatalogueMeasure measure, String period, String breakdown) {
        return rowsSeen.get(new ViewKey(releaseId, viewer, measure, period, breakdown),
                k -> List.copyOf(read(releaseId, viewer, measure, period, breakdown)));
    }

    /** The ranking chart (SVG) of those rows (kept once drawn). */
    public String rankingChart(UUID releaseId, Viewer viewer, CatalogueMeasure measure, String period) {
        return chartsSeen.get(new ViewKey(releaseId, viewer, measure, period, Breakdown.NONE),
                k -> RankingChart.svg("ranking", measure.label() + ", " + period, rows(releaseId, viewer, measure, period, Breakdown.NONE)));
    }

    private List<Row> read(UUID releaseId, Viewer viewer, CatalogueMeasure measure, String period, String breakdown) {
        Map<String, String> pseudonyms = store.pseudonyms(releaseId);
        String own = viewer.staffTenant() != null ? viewer.staffTenant() : viewer.homeTenant();
        List<Row> out = new ArrayList<>();
        for (ReleaseStore.Cell c : store.cells(releaseId, measure.key(), period, breakdown)) {
            boolean isOwn = own != null && c.geography().equals("tenant") && c.geographyKey().equals(own);
            Optional<String> label = label(c, viewer, own, pseudonyms);
            if (label.isEmpty()) {
                continue;
            }
            boolean hideDenominator = !viewer.oversight() && (!isOwn || viewer.staffTenant() == null);
            out.add(new Row(c.geography(), label.get(), isOwn, c.breakdownValue(), c.numerator(),
                    hideDenominator ? null : c.denominator(), c.value(), c.flag(), c.rank(), c.rankedOf(), c.quartile(),
                    rag(c.quartile())));
        }
        return out;
    }

    /** The label a viewer sees for a cell's geography, or empty when the viewer may not see it. */
    private Optional<String> label(ReleaseStore.Cell c, Viewer viewer, String own, Map<String, String> pseudonyms) {
        return switch (c.geography()) {
            case "tenant" -> {
                if (viewer.oversight() || c.geographyKey().equals(own)) {
                    yield Optional.of(tenants.displayName(c.geographyKey()));
                }
                yield viewer.staffTenant() != null ? Optional.empty() : Optional.ofNullable(pseudonyms.get(c.geographyKey()));
            }
            case "neighbours" -> viewer.oversight() ? Optional.of("Nearest neighbours of " + tenants.displayName(c.geographyKey()))
                    : c.geographyKey().equals(own) ? Optional.of("Nearest neighbours average") : Optional.empty();
            case "family" -> viewer.oversight() ? Optional.of("Family of " + tenants.displayName(c.geographyKey()))
                    : c.geographyKey().equals(own) ? Optional.of("Family average") : Optional.empty();
            case "region" -> Optional.of("Region: " + c.geographyKey());
            default -> Optional.of(c.geographyKey());
        };
    }

    public String name(String tenantCode) {
        return tenants.displayName(tenantCode);
    }

    /** Direction-aware RAG from the quartile: best quarter green, worst red. */
    static String rag(Integer quartile) {
        if (quartile == null) {
            return null;
        }
        return quartile == 1 ? "green" : quartile == 4 ? "red" : "amber";
    }
}
