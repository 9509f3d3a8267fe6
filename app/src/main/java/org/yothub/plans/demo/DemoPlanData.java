package org.yothub.plans.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The demo tenants' boards (fictional people in the roles the seed plans describe) and budgets
 * (partner contributions and expenditure as the seed plans publish them: seed 001 §2 for
 * Southampton 2021/22, seed 002 appendix 4 for Portsmouth 2015/16, seed 003 §5 for Leicestershire
 * 2013/14), loaded as the current financial year's budget.
 */
final class DemoPlanData {
    private DemoPlanData() {
    }

    record Member(String name, String role, String agency, String partner, boolean statutory, boolean chair, String champion) { }

    record Contribution(String agency, long staffing, long inKind, long delegated) { }

    record Spend(String heading, String category, long amount) { }

    record Tenant(List<Member> board, List<Contribution> contributions, List<Spend> spend) { }

    static final Map<String, Tenant> TENANTS = Map.of(
            "southampton", new Tenant(List.of(
                    new Member("Morgan Example", "Executive Director, Communities, Culture and Homes", "Southampton City Council",
                            "local_authority", true, true, null),
                    new Member("Dana Example", "Director of Children's Services", "Southampton City Council", "local_authority", true,
                            false, "Safeguarding"),
                    new Member("Riley Example", "Head of Probation Delivery Unit (deputy chair)", "Probation Service", "probation", true,
                            false, "Disproportionality"),
                    new Member("Sam Example", "District Commander", "Hampshire Constabulary", "police", true, false, "Reducing reoffending"),
                    new Member("Alex Example", "Senior Commissioner", "Integrated Care Board", "health", true, false, "Diversion and health"),
                    new Member("Jo Example", "Service Manager, Education Strategy", "Southampton City Council", "education", false, false,
                            "Education")),
                    List.of(new Contribution("Southampton City Council", 0, 0, 557_378),
                            new Contribution("Office of the Police and Crime Commissioner", 0, 0, 55_700),
                            new Contribution("Probation", 0, 0, 5_000),
                            new Contribution("Youth Justice Grant", 0, 0, 237_782)),
                    List.of(new Spend("Staffing", "staffing", 530_646), new Spend("Overheads", "overheads", 237_500),
                            new Spend("Activity costs", "activity", 93_300), new Spend("Accommodation", "accommodation", 14_300))),
            "portsmouth", new Tenant(List.of(
                    new Member("Chris Example", "Chief Superintendent, District Commander", "Hampshire Constabulary", "police", true, true,
                            null),
                    new Member("Pat Example", "Deputy Director, Children's Social Care", "Portsmouth City Council", "local_authority", true,
                            false, "Safeguarding"),
                    new Member("Lee Example", "Head of Service", "National Probation Service", "probation", true, false, "Public protection"),
                    new Member("Kim Example", "Head of Children's Commissioning", "NHS Portsmouth", "health", true, false, "Health"),
                    new Member("Ash Example", "Head of Inclusion", "Portsmouth City Council", "education", false, false, "Education")),
                    List.of(new Contribution("Local authority", 320_789, 0, 84_600),
                            new Contribution("Police Service", 0, 76_616, 0),
                            new Contribution("National Probation Service", 71_200, 0, 0),
                            new Contribution("Health Service", 15_000, 0, 0),
                            new Contribution("Police and Crime Commissioner", 0, 0, 47_601),
                            new Contribution("YJB Good Practice Grant", 211_040, 0, 0),
                            new Contribution("Other", 10_000, 0, 0)),
                    List.of()),
            "leicestershire", new Tenant(List.of(
                    new Member("Robin Specimen", "Director of Children and Family Services", "Leicestershire County Council",
                            "local_authority", true, true, null),
                    new Member("Casey Specimen", "Superintendent", "Leicestershire Police", "police", true, false, "Reducing reoffending"),
                    new Member("Terry Specimen", "Head of Probation", "Probation Service", "probation", true, false, "Public protection"),
                    new Member("Val Specimen", "Head of Commissioning", "Clinical Commissioning Group", "health", true, false, "Health"),
                    new Member("Pat Specimen", "Director of People", "Rutland County Council", "local_authority", true, false,
                            "Safeguarding")),
                    List.of(new Contribution("Police", 91_847, 0, 91_687),
                            new Contribution("Probation", 117_326, 132_523, 67_067),
                            new Contribution("Health", 70_945, 0, 48_151),
                            new Contribution("Local authorities (Leicestershire and Rutland)", 391_064, 0, 619_907),
                            new Contribution("Youth Justice Grant and PCC", 0, 0, 653_513)),
                    List.of()));

    static BigDecimal pounds(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
