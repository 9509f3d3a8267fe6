package org.yothub.volunteers.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The size and mix of a demo tenant's volunteer scheme. Leicestershire's reproduces the headline
 * of its 2013-14 plan (seed 003 §7): 207 volunteers, 17.2% black and minority ethnic (35 of the
 * 203 whose ethnic group is recorded), 69% female (143 of 207), over 15,000 hours in a year. The
 * other two are smaller schemes of the same shape; their figures are invented.
 *
 * @param active        volunteers active all of last year and now
 * @param female        how many of them are female (the rest male)
 * @param bme           how many have a recorded ethnic group other than White, as Asian, Black, Mixed, Other
 * @param unknownEthnic how many have no recorded ethnic group
 * @param applicants    people still in training (not yet active)
 * @param leavers       volunteers who left the year before last
 * @param panelsPerWeek referral order panels a week in the demo rota
 */
record DemoProfile(String tenant, int active, int female, int[] bme, int unknownEthnic, int applicants, int leavers,
                   int panelsPerWeek, long seed) {

    private static final Map<String, DemoProfile> PROFILES = Map.of(
            "leicestershire", new DemoProfile("leicestershire", 207, 143, new int[] {22, 7, 5, 1}, 4, 6, 8, 3, 2013L),
            "southampton", new DemoProfile("southampton", 48, 31, new int[] {4, 3, 2, 0}, 1, 4, 3, 1, 2021L),
            "portsmouth", new DemoProfile("portsmouth", 36, 23, new int[] {2, 2, 1, 1}, 1, 3, 2, 1, 2015L));

    static Optional<DemoProfile> of(String tenant) {
        return Optional.ofNullable(PROFILES.get(tenant));
    }

    static List<String> tenants() {
        return PROFILES.keySet().stream().sorted().toList();
    }

    int bmeTotal() {
        int n = 0;
        for (int b : bme) {
            n += b;
        }
        return n;
    }

    static final List<String> FEMALE_NAMES = List.of("Abigail", "Aisha", "Alison", "Amrit", "Angela", "Anita", "Bernadette",
            "Bethany", "Carol", "Catherine", "Chloe", "Claire", "Deborah", "Denise", "Eleanor", "Elaine", "Fatima", "Fiona",
            "Gemma", "Gillian", "Hannah", "Harpreet", "Helen", "Imogen", "Jacqueline", "Janet", "Joanne", "Julie", "Karen",
            "Kiran", "Laura", "Leanne", "Linda", "Lorraine", "Margaret", "Maria", "Maureen", "Meera", "Michelle", "Nadia",
            "Natalie", "Nicola", "Olivia", "Pamela", "Patricia", "Priya", "Rachel", "Rebecca", "Ruth", "Sandra", "Sarah",
            "Shabana", "Sharon", "Sophie", "Susan", "Tracey", "Valerie", "Wendy", "Yvonne", "Zainab");
    static final List<String> MALE_NAMES = List.of("Adam", "Alan", "Amir", "Andrew", "Anthony", "Barry", "Ben", "Brian",
            "Callum", "Christopher", "Colin", "Daniel", "David", "Derek", "Dev", "Edward", "Gareth", "Gordon", "Graham",
            "Hassan", "Ian", "Imran", "James", "Jason", "Jonathan", "Keith", "Kevin", "Kwame", "Mark", "Martin", "Michael",
            "Neil", "Nigel", "Paul", "Peter", "Rajesh", "Richard", "Robert", "Samuel", "Simon", "Stephen", "Tariq",
            "Thomas", "Tony", "Wesley");
    static final List<String> FAMILY_NAMES = List.of("Ahmed", "Allen", "Atwal", "Bailey", "Baker", "Barnes", "Bennett",
            "Bhatt", "Brooks", "Campbell", "Carter", "Chauhan", "Clarke", "Collins", "Cooper", "Davies", "Dixon", "Edwards",
            "Evans", "Fletcher", "Foster", "Gill", "Graham", "Green", "Hall", "Harris", "Hill", "Hughes", "Hussain",
            "Jackson", "James", "Johnson", "Jones", "Kaur", "Kelly", "Khan", "King", "Lewis", "Marshall", "Martin",
            "Mason", "Mistry", "Mitchell", "Moore", "Morgan", "Morris", "Murphy", "Mwangi", "Nelson", "Okafor", "Owen",
            "Palmer", "Parker", "Patel", "Pearson", "Phillips", "Price", "Reid", "Richards", "Roberts", "Robinson",
            "Russell", "Scott", "Shah", "Sharma", "Simpson", "Singh", "Smith", "Stevens", "Taylor", "Thomas", "Thompson",
            "Turner", "Walker", "Ward", "Watson", "White", "Williams", "Wilson", "Wood", "Wright", "Young");
    static final List<String> SKILLS = List.of("Restorative justice practice", "Youth work", "Teaching", "Counselling",
            "Sports coaching", "Gardening and conservation", "Carpentry", "Cooking", "Music", "Art and craft",
            "Social work (retired)", "Police (retired)", "Driving (clean licence)", "First aid", "Debt advice");
    static final List<String> LANGUAGES = List.of("Gujarati", "Punjabi", "Urdu", "Polish", "Hindi", "Somali", "Bengali",
            "British Sign Language", "Arabic", "Romanian");
}
