package org.yothub.platform.tenancy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yothub.platform.security.Roles;
import org.yothub.platform.tenancy.TenantSettings.ContactFrequency;
import org.yothub.platform.tenancy.TenantSettings.RagBounds;
import org.yothub.platform.tenancy.TenantSettings.RiskBands;
import org.yothub.platform.tenancy.TenantSettings.Timescales;

/**
 * Reads and validates tenant files strictly: unknown keys, wrong types and out-of-range values
 * are rejected with the file, the key and the rule, so a typo never silently becomes a default.
 */
public final class TenantFileParser {
    private static final Pattern CODE = Pattern.compile("[a-z]+");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Set<String> TOP_KEYS = Set.of("code", "name", "area", "region", "family", "population",
            "population_detail", "context", "settings", "users");
    private static final Set<String> SEXES = Set.of("M", "F");
    private static final Set<String> ETHNIC_GROUPS = Set.of("White", "Mixed", "Asian", "Black", "Other");
    private static final Set<String> RAG_MEASURES = Set.of("custody_rate_per_1000", "reoffending_binary_percent",
            "fte_rate_per_100k");
    private static final Set<String> LEVELS = Set.of("standard", "enhanced", "intensive");
    private static final Set<String> PLACEMENTS = Set.of("LAA", "SCH", "STC", "YOI");

    private final String file;
    private final boolean demo;

    public TenantFileParser(String file, boolean demo) {
        this.file = file;
        this.demo = demo;
    }

    public TenantDefinition parseTenant(String yaml, String expectedCode) {
        Map<String, Object> root = load(yaml);
        onlyKeys(root, "", TOP_KEYS);
        String code = text(root, "code", true);
        if (!CODE.matcher(code).matches()) {
            throw fail("code", "must be lower-case letters only, was '" + code + "'");
        }
        if (expectedCode != null && !code.equals(expectedCode)) {
            throw fail("code", "must match its folder name '" + expectedCode + "'");
        }
        List<String> family = new ArrayList<>();
        for (Object o : list(root, "family")) {
            if (!(o instanceof String s) || s.isBlank()) {
                throw fail("family", "must be a list of tenant codes or YOT names");
            }
            family.add(s.trim());
        }
        Map<Integer, Integer> population = new LinkedHashMap<>();
        map(root, "population", true).forEach((k, v) -> population.put(year("population", k),
                positive("population." + k, v)));
        if (population.isEmpty()) {
            throw fail("population", "must give at least one year");
        }
        Map<Integer, TenantDefinition.PopulationDetail> detail = new LinkedHashMap<>();
        map(root, "population_detail", false).forEach((k, v) -> detail.put(year("population_detail", k),
                populationDetail("population_detail." + k, v)));
        Map<String, Double> context = new LinkedHashMap<>();
        map(root, "context", false).forEach((k, v) -> context.put(String.valueOf(k), number("context." + k, v)));
        return new TenantDefinition(code, text(root, "name", true), text(root, "area", true),
                text(root, "region", true), family, population, detail, context,
                settings(map(root, "settings", false)), users(root, Roles.TENANT_FILE_ROLES));
    }

    public List<TenantDefinition.UserDefinition> parsePlatformUsers(String yaml) {
        Map<String, Object> root = load(yaml);
        onlyKeys(root, "", Set.of("users"));
        return users(root, Roles.CROSS_TENANT);
    }

    private TenantSettings settings(Map<Object, Object> s) {
        onlyKeys(s, "settings.", Set.of("rag", "scaled_approach", "scaled_approach_bands", "remand_cost_per_night",
                "timescales", "risk_bands", "dbs_renewal_years"));
        TenantSettings d = TenantSettings.defaults();
        Map<String, RagBounds> rag = new LinkedHashMap<>(d.rag());
        map(s, "rag", false).forEach((k, v) -> {
            String key = "settings.rag." + k;
            if (!RAG_MEASURES.contains(String.valueOf(k))) {
                throw fail(key, "unknown measure; expected one of " + RAG_MEASURES);
            }
            Map<Object, Object> m = asMap(key, v);
            onlyKeys(m, key + ".", Set.of("green", "red"));
            rag.put(String.valueOf(k), new RagBounds(number(key + ".green", req(m, key, "green")),
                    number(key + ".red", req(m, key, "red"))));
        });
        Map<String, ContactFrequency> scaled = new LinkedHashMap<>(d.scaledApproach());
        map(s, "scaled_approach", false).forEach((k, v) -> {
            String key = "settings.scaled_approach." + k;
            if (!LEVELS.contains(String.valueOf(k))) {
                throw fail(key, "unknown level; expected one of " + LEVELS);
            }
            Map<Object, Object> m = asMap(key, v);
            onlyKeys(m, key + ".", Set.of("first_3_months", "after"));
            scaled.put(String.valueOf(k), new ContactFrequency(positive(key + ".first_3_months", req(m, key, "first_3_months")),
                    positive(key + ".after", req(m, key, "after"))));
        });
        Map<String, Double> remand = new LinkedHashMap<>(d.remandCostPerNight());
        map(s, "remand_cost_per_night", false).forEach((k, v) -> {
            String key = "settings.remand_cost_per_night." + k;
            if (!PLACEMENTS.contains(String.valueOf(k))) {
                throw fail(key, "unknown placement type; expected one of " + PLACEMENTS);
            }
            double cost = number(key, v);
            if (cost < 0) {
                throw fail(key, "must not be negative");
            }
            remand.put(String.valueOf(k), cost);
        });
        Timescales t = d.timescales();
        Map<Object, Object> ts = map(s, "timescales", false);
        String tk = "settings.timescales.";
        onlyKeys(ts, tk, Set.of("assessment_working_days", "out_of_court_assessment_working_days",
                "plan_working_days", "review_months", "missed_appointment_follow_up_working_days",
                "absences_before_warning", "absences_before_breach"));
        t = new Timescales(
                intOr(ts, tk, "assessment_working_days", t.assessmentWorkingDays()),
                intOr(ts, tk, "out_of_court_assessment_working_days", t.outOfCourtAssessmentWorkingDays()),
                intOr(ts, tk, "plan_working_days", t.planWorkingDays()),
                intOr(ts, tk, "review_months", t.reviewMonths()),
                intOr(ts, tk, "missed_appointment_follow_up_working_days", t.missedAppointmentFollowUpWorkingDays()),
                intOr(ts, tk, "absences_before_warning", t.absencesBeforeWarning()),
                intOr(ts, tk, "absences_before_breach", t.absencesBeforeBreach()));
        Map<Object, Object> rb = map(s, "risk_bands", false);
        onlyKeys(rb, "settings.risk_bands.", Set.of("high", "medium"));
        RiskBands bands = new RiskBands(intOr(rb, "settings.risk_bands.", "high", d.riskBands().high()),
                intOr(rb, "settings.risk_bands.", "medium", d.riskBands().medium()));
        if (bands.medium() >= bands.high() || bands.high() > 25) {
            throw fail("settings.risk_bands", "need 1 <= medium < high <= 25");
        }
        int dbs = s.containsKey("dbs_renewal_years") ? positive("settings.dbs_renewal_years", s.get("dbs_renewal_years"))
                : d.dbsRenewalYears();
        Map<Object, Object> ab = map(s, "scaled_approach_bands", false);
        String ak = "settings.scaled_approach_bands.";
        onlyKeys(ab, ak, Set.of("enhanced_from_asset", "intensive_from_asset"));
        TenantSettings.ScaledApproachBands asset = new TenantSettings.ScaledApproachBands(
                intOr(ab, ak, "enhanced_from_asset", d.scaledApproachBands().enhancedFromAsset()),
                intOr(ab, ak, "intensive_from_asset", d.scaledApproachBands().intensiveFromAsset()));
        if (asset.enhancedFromAsset() < 1 || asset.enhancedFromAsset() >= asset.intensiveFromAsset()
                || asset.intensiveFromAsset() > 64) {
            throw fail("settings.scaled_approach_bands", "need 1 <= enhanced_from_asset < intensive_from_asset <= 64");
        }
        return new TenantSettings(rag, scaled, remand, t, bands, dbs, asset);
    }

    private List<TenantDefinition.UserDefinition> users(Map<?, Object> root, Set<String> allowedRoles) {
        List<TenantDefinition.UserDefinition> users = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        List<Object> raw = list(root, "users");
        for (int i = 0; i < raw.size(); i++) {
            String key = "users[" + i + "]";
            Map<Object, Object> u = asMap(key, raw.get(i));
            onlyKeys(u, key + ".", Set.of("username", "name", "roles", "password", "password_hash"));
            String username = text(u, key + ".username", "username");
            if (!USERNAME.matcher(username).matches()) {
                throw fail(key + ".username", "must be 2-64 lower-case letters, digits, '.', '_' or '-'");
            }
            if (!seen.add(username)) {
                throw fail(key + ".username", "duplicate username '" + username + "'");
            }
            List<String> roles = new ArrayList<>();
            Object rolesRaw = u.get("roles");
            if (!(rolesRaw instanceof List<?> rl) || rl.isEmpty()) {
                throw fail(key + ".roles", "must be a non-empty list of roles");
            }
            for (Object r : rl) {
                if (!allowedRoles.contains(String.valueOf(r))) {
                    throw fail(key + ".roles", "unknown or not allowed here: '" + r + "'; expected one of " + allowedRoles);
                }
                roles.add(String.valueOf(r));
            }
            if (roles.contains(Roles.PEER_REVIEWER) && roles.size() > 1) {
                throw fail(key + ".roles", "peer_reviewer is a cross-tenant role and cannot be combined with other roles");
            }
            String password = u.get("password") == null ? null : String.valueOf(u.get("password"));
            String hash = u.get("password_hash") == null ? null : String.valueOf(u.get("password_hash"));
            if (password != null && !demo) {
                throw fail(key + ".password", "a plain password is accepted only in demo mode; give password_hash");
            }
            if ((password == null) == (hash == null)) {
                throw fail(key, "give exactly one of password (demo mode only) and password_hash");
            }
            if (hash != null && !hash.startsWith("$argon2id$")) {
                throw fail(key + ".password_hash", "must be an Argon2id PHC string ($argon2id$...)");
            }
            if (password != null && password.length() < 8) {
                throw fail(key + ".password", "must be at least 8 characters");
            }
            users.add(new TenantDefinition.UserDefinition(username, text(u, key + ".name", "name"), roles, password, hash));
        }
        return users;
    }

    private TenantDefinition.PopulationDetail populationDetail(String key, Object value) {
        Map<Object, Object> m = asMap(key, value);
        onlyKeys(m, key + ".", Set.of("sex", "ethnicity"));
        return new TenantDefinition.PopulationDetail(counts(key + ".sex", m.get("sex"), SEXES),
                counts(key + ".ethnicity", m.get("ethnicity"), ETHNIC_GROUPS));
    }

    private Map<String, Integer> counts(String key, Object value, Set<String> allowed) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (value == null) {
            return out;
        }
        asMap(key, value).forEach((k, v) -> {
            if (!allowed.contains(String.valueOf(k))) {
                throw fail(key + "." + k, "unknown group; expected one of " + allowed);
            }
            out.put(String.valueOf(k), positive(key + "." + k, v));
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> load(String yaml) {
        try {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (!(doc instanceof Map<?, ?> m)) {
                throw fail("(root)", "the file must be a YAML mapping");
            }
            return (Map<String, Object>) m;
        } catch (YAMLException e) {
            throw fail("(root)", "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private void onlyKeys(Map<?, ?> m, String prefix, Set<String> allowed) {
        for (Object k : m.keySet()) {
            if (!allowed.contains(String.valueOf(k))) {
                throw fail(prefix + k, "unknown key; allowed here: " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private String text(Map<?, Object> m, String key, boolean required) {
        return text(m, key, key);
    }

    private String text(Map<?, Object> m, String fullKey, String key) {
        Object v = m.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw fail(fullKey, v == null ? "is required" : "must be non-empty text");
        }
        return s.trim();
    }

    private List<Object> list(Map<?, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw fail(key, "must be a list");
        }
        return new ArrayList<>(l);
    }

    private Map<Object, Object> map(Map<?, Object> m, String key, boolean required) {
        Object v = m.get(key);
        if (v == null) {
            if (required) {
                throw fail(key, "is required");
            }
            return Map.of();
        }
        return asMap(key, v);
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> asMap(String key, Object v) {
        if (!(v instanceof Map<?, ?> m)) {
            throw fail(key, "must be a mapping");
        }
        return (Map<Object, Object>) m;
    }

    private Object req(Map<Object, Object> m, String key, String child) {
        Object v = m.get(child);
        if (v == null) {
            throw fail(key + "." + child, "is required");
        }
        return v;
    }

    private int intOr(Map<Object, Object> m, String prefix, String key, int fallback) {
        return m.containsKey(key) ? positive(prefix + key, m.get(key)) : fallback;
    }

    private int year(String key, Object k) {
        if (k instanceof Integer y && y >= 1990 && y <= 2100) {
            return y;
        }
        throw fail(key + "." + k, "must be a calendar year such as 2023");
    }

    private int positive(String key, Object v) {
        if (v instanceof Integer i && i > 0) {
            return i;
        }
        throw fail(key, "must be a positive whole number, was '" + v + "'");
    }

    private double number(String key, Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw fail(key, "must be a number, was '" + v + "'");
    }

    private TenantFileException fail(String key, String problem) {
        return new TenantFileException(file, key, problem);
    }
}
