package org.yothub.platform.tenancy;

import java.util.List;
import java.util.Map;

/** What one {@code tenants/<code>/tenant.yml} declares, validated. */
public record TenantDefinition(
        String code,
        String name,
        String area,
        String region,
        List<String> family,
        Map<Integer, Integer> population,
        Map<Integer, PopulationDetail> populationDetail,
        Map<String, Double> context,
        TenantSettings settings,
        List<UserDefinition> users) {

    public record PopulationDetail(Map<String, Integer> bySex, Map<String, Integer> byEthnicity) { }

    /** A declared user; exactly one of {@code password} (demo only) and {@code passwordHash}. */
    public record UserDefinition(String username, String name, List<String> roles, String password, String passwordHash) { }
}
